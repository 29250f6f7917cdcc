/**
 * `dist/cdn/safety-elements.js`: the quick exit, defined at once, and a small loader for every other
 * element (Shoelace's autoloader is the model).
 *
 * - The quick exit is in this file itself (with Lit), so it is armed after one request, as early as with
 *   `safety-quick-exit.js` alone.
 * - Each content element's module (`safety-<name>.js`) is imported from the folder this file was loaded
 *   from (`new URL('./safety-<name>.js', import.meta.url)`), so it comes from the same origin as the
 *   loader and no third party learns of the visit, and only when its tag first appears in the document:
 *   at load, or added later (a `MutationObserver` on the document). A page with a quick exit and one
 *   content element loads two files, not every element.
 * - Tags inside a site's own shadow roots are invisible to a document observer. A site loads them with
 *   `discover(shadowRoot)` (an export of this file), or, without importing anything, by dispatching
 *   `new Event('safety-elements:discover', { bubbles: true, composed: true })` from inside the shadow
 *   root. Either way the root is also watched for tags added to it later.
 * - A module that fails to load leaves one console error naming the tag and the URL; the quick exit and
 *   the other elements are unaffected.
 *
 * Only the tags below are ever requested: an unknown `safety-*` tag costs no request.
 */
import './components/quick-exit/safety-quick-exit.js';

export { SafetyQuickExit } from './components/quick-exit/safety-quick-exit.js';
export { VERSION } from './internal/version.js';

/**
 * Content elements the loader imports on demand, by tag name without `safety-`. Adding an element to
 * the CDN build is this one line (and its budget line in `scripts/size.mjs`); the build fails if a
 * component folder is missing here.
 */
export const LAZY_ELEMENTS = [
  'helpline-directory',
  'four-explainer',
  'checklist',
  'clares-law',
  'online-safety',
] as const;

/** The event a site dispatches (bubbling and composed) from inside a shadow root to have it searched and watched. */
export const DISCOVER_EVENT = 'safety-elements:discover';

const TAGS = LAZY_ELEMENTS.map((name) => `safety-${name}`);
const SELECTOR = TAGS.join(',');
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** The URL the loader imports `tag` from: the same folder as this file. */
function moduleUrl(tag: string): string {
  return new URL(`./${tag}.js`, import.meta.url).href;
}

function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    const url = moduleUrl(tag);
    pending = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => {
        console.error(
          `[safety-elements] <${tag}> could not be loaded from ${url} (${error instanceof Error ? error.message : String(error)}). ` +
            'It stays as its plain HTML content; the quick exit and the other elements still work. ' +
            'Check that every file of dist/cdn/ was copied to the same folder as safety-elements.js.',
        );
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

function tagsIn(root: ParentNode | Element): Set<string> {
  const found = new Set<string>();
  if (root instanceof Element && TAGS.includes(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName);
  return found;
}

function allLoaded(): boolean {
  return TAGS.every((tag) => loading.has(tag) || customElements.get(tag));
}

function onMutations(records: MutationRecord[]): void {
  for (const { addedNodes } of records) {
    for (const node of addedNodes) if (node.nodeType === 1) void scan(node as Element);
  }
  // Every element is loaded or on its way: the document need not be watched any more.
  if (allLoaded()) observer?.disconnect();
}

function scan(root: ParentNode): Promise<void> {
  const tags = [...tagsIn(root)].filter((tag) => !customElements.get(tag));
  return Promise.all(tags.map(load)).then(() => undefined);
}

function watch(root: Node): void {
  if (watched.has(root) || allLoaded()) return;
  watched.add(root);
  observer ??= new MutationObserver(onMutations);
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Loads every element found in `root` (the document, an element, or a shadow root) and keeps watching
 * `root` for elements added to it later. Resolves when their modules have loaded (or failed, which is
 * reported once in the console); it never rejects.
 *
 * For a site's own components: `discover(this.shadowRoot)` after rendering.
 */
export function discover(root: Document | ShadowRoot | DocumentFragment | Element = document): Promise<void> {
  const done = scan(root);
  watch(root instanceof Document ? root.documentElement : root);
  return done;
}

/** Start: the document now and as it grows; shadow roots on request. */
function start(): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  void discover(document);
  document.addEventListener(DISCOVER_EVENT, (event) => {
    // Dispatched from inside a shadow root: that root. Dispatched on a host element: its open shadow root too.
    const origin = event.composedPath()[0];
    if (!(origin instanceof Node)) return;
    void discover(origin.getRootNode() as Document | ShadowRoot);
    if (origin instanceof Element && origin.shadowRoot) void discover(origin.shadowRoot);
  });
}

start();
