/**
 * Static HTML for every element, in Node, from the same templates and data as the elements: Lit's server
 * renderer (`@lit-labs/ssr`) gives the declarative shadow DOM; `toPlain` (./transform.ts) gives the plain
 * form. The quick exit, which has no Lit template, gives its own static form (quick-exit.static.ts).
 *
 * Node only: the first call installs `@lit-labs/ssr`'s DOM shim, then loads the elements. Both are dynamic
 * imports on purpose: the shim finishes installing asynchronously (its CSS hook uses top-level await), so
 * static imports of the elements would run before `customElements` exists.
 */
import { attributesHtml } from '../internal/html-text.js';
import { cleanDsd, toPlain } from './transform.js';

let ready: Promise<typeof import('./render-deps.js')> | undefined;
const load = () =>
  (ready ??= (async () => {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    return import('./render-deps.js');
  })());

export const TAGS = [
  'safety-quick-exit',
  'safety-helpline-directory',
  'safety-four-explainer',
  'safety-checklist',
  'safety-clares-law',
  'safety-online-safety',
] as const;
export type Tag = (typeof TAGS)[number];
export { NATION_VALUES } from '../internal/nation.js';

export interface StaticOptions {
  /** `dsd` (declarative shadow DOM with styles) or `plain` (no script, no style, no custom tag). */
  form?: 'dsd' | 'plain';
  /** DSD for a page that also loads the script: script-only controls keep their space, invisible, so the upgrade does not move anything. */
  withScript?: boolean;
}

/** The element `tag` with these attributes, in the chosen static form. */
export async function renderStatic(
  tag: string,
  attributes: Record<string, string> = {},
  { form = 'dsd', withScript = false }: StaticOptions = {},
): Promise<string> {
  if (!(TAGS as readonly string[]).includes(tag))
    throw new Error(`unknown element <${tag}>; one of: ${TAGS.join(', ')}`);
  for (const name of Object.keys(attributes))
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
  const {
    render,
    collectResult,
    html,
    unsafeStatic,
    quickExitStatic,
    quickExitTranslations,
    loadTranslation,
    primaryLanguage,
    translationsSettled,
    partsSettled,
  } = await load();
  // `lang` on the element itself (a static page has no ancestors here): `cy` renders the Welsh table.
  const lang = primaryLanguage(attributes.lang ?? '');
  const translated = lang !== '' && lang !== 'en';
  let dsd: string;
  if (tag === 'safety-quick-exit') {
    const loader = translated ? quickExitTranslations[lang] : undefined;
    dsd = quickExitStatic(attributes, loader && (await loadTranslation(loader)), { withScript });
  } else {
    const attrs = attributesHtml(attributes);
    // The tag is one of TAGS and the attributes are escaped above: nothing from the caller is markup.
    const once = () => collectResult(render(html`${unsafeStatic(`<${tag}${attrs}></${tag}>`)}`));
    dsd = await once();
    // The first render asked for the language's table (a dynamic import, as in a browser); with it loaded,
    // the element renders in that language at once.
    if (translated) {
      await translationsSettled();
      dsd = await once();
    }
    // Likewise a section that is off by default and turned on here (FOUR's `law`): its module loads on
    // demand (internal/on-demand.ts); render again once it is in. Each module loads once per process.
    if (await partsSettled()) dsd = await once();
  }
  const clean = cleanDsd(dsd, { withScript });
  return form === 'plain' ? toPlain(clean) : clean;
}
