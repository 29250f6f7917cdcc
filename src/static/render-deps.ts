// What the renderer needs once the DOM shim is in place (see render.ts): every element, Lit's server renderer.
import '../index.js';
export { render } from '@lit-labs/ssr';
export { collectResult } from '@lit-labs/ssr/lib/render-result.js';
export { html, unsafeStatic } from 'lit/static-html.js';
export { quickExitStatic } from '../components/quick-exit/quick-exit.static.js';
export { translations as quickExitTranslations } from '../components/quick-exit/quick-exit.strings.js';
export { loadTranslation, primaryLanguage, translationsSettled } from '../internal/strings.js';
export { partsSettled } from '../internal/on-demand.js';
