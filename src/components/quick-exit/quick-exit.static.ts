import { a11yStyles } from '../../internal/a11y-styles.js';
import { stringsFor } from '../../internal/strings.js';
import { safeUrl } from '../../internal/url.js';
import { DEFAULT_DESTINATION } from './quick-exit.component.js';
import { quickExitStrings } from './quick-exit.strings.js';
import { styles } from './quick-exit.styles.js';

/** Said in place of the shortcut hint: without script there is no shortcut. */
export const NO_SHORTCUT: Record<string, string> = {
  en: 'This link has no keyboard shortcut.',
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The quick exit's static form (it builds its shadow DOM imperatively, so Lit's server renderer cannot
 * render it): the same styles and parts as the element, with a plain link to the destination
 * (`rel="noreferrer"`) and, instead of the shortcut hint, a line saying there is no shortcut. Returns the
 * element's markup with a declarative shadow root, and its child link, which is the destination when the
 * script does load.
 */
export function quickExitStatic(attributes: Record<string, string>): string {
  const host = { getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element;
  const lang = (attributes.lang ?? '').toLowerCase().split('-')[0] ?? '';
  // The element's own order: the language's table, then the `strings` attribute, then `label`.
  const s: Record<string, string> = { ...stringsFor(host, quickExitStrings) };
  try {
    const given: unknown = attributes.strings ? JSON.parse(attributes.strings) : undefined;
    if (given && typeof given === 'object') for (const [key, value] of Object.entries(given)) if (key in s && typeof value === 'string' && value.trim()) s[key] = value;
  } catch {
    // Broken JSON: the defaults stay, as on the element (which also warns).
  }
  if (attributes.label?.trim()) s.label = attributes.label;
  const href = safeUrl(attributes.href, { source: '<safety-quick-exit> href', allow: ['https:', 'http:'] }) ?? DEFAULT_DESTINATION;
  const css = [a11yStyles, styles].map((sheet) => sheet.cssText).join('\n');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const noShortcut = NO_SHORTCUT[lang] ?? NO_SHORTCUT.en!;
  return (
    `<safety-quick-exit${attrs}><template shadowrootmode="open"><style>${css}</style>` +
    `<div part="base" class="base"><a part="button" class="button" href="${escape(href)}" rel="noreferrer nofollow" draggable="false">` +
    `${escape(s.label!)}${s.emergencyPrefix ? `<span class="visually-hidden"> ${escape(s.emergencyPrefix)}</span>` : ''}</a>` +
    `<span part="hint" class="hint" id="hint">${escape(noShortcut)}</span></div>` +
    `<slot hidden></slot></template><a href="${escape(href)}" rel="noreferrer">${escape(s.label!)}</a></safety-quick-exit>`
  );
}
