// Shared helpers for the host-page suites: each host page (test/fixtures/host-*.html) is loaded into an
// iframe served by the test server, with its real response headers, and asserted on from this page.

export const TAGS = ['safety-quick-exit', 'safety-helpline-directory', 'safety-four-explainer', 'safety-checklist', 'safety-clares-law'] as const;
export type Tag = (typeof TAGS)[number];

export interface HostRecord {
  violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
}

export type HostWindow = Window & typeof globalThis & { __host?: HostRecord; __govukReady?: boolean; __neighbourRan?: boolean };

export interface Host {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  record: HostRecord;
  remove(): void;
}

const ua = navigator.userAgent;
export const isChromium = ua.includes('Chrome/');
export const isFirefox = ua.includes('Firefox/');
export const isWebKit = !isChromium && !isFirefox;

export const nextFrame = (win: Window = window) => new Promise<void>((r) => win.requestAnimationFrame(() => r()));
export const settle = async (win: Window) => {
  await nextFrame(win);
  await nextFrame(win);
};

/** Loads `path` into a fresh iframe of the given size and resolves once its `load` event has fired. */
export async function loadHost(path: string, { width = 800, height = 600, sandbox }: { width?: number; height?: number; sandbox?: string } = {}): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    record: win.__host ?? { violations: [], errors: [], consoleErrors: [], warnings: [] },
    remove: () => {
      frame.remove();
      unhideRunner();
    },
  };
}

/**
 * A copy in a same-origin frame that exits hides its top document too, and here that is the runner's own
 * page: the next test's frames must not start on a page that is hidden (its frames would not render).
 */
function unhideRunner() {
  document.documentElement.removeAttribute('data-safety-exiting');
  for (const el of document.querySelectorAll('[data-safety-keep]')) el.removeAttribute('data-safety-keep');
}

type Upgradable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Waits until every listed element in the frame is defined, upgraded and rendered. */
export async function whenUpgraded(host: Host, tags: readonly string[] = TAGS): Promise<Upgradable[]> {
  const els: Upgradable[] = [];
  for (const tag of tags) {
    await Promise.race([
      host.win.customElements.whenDefined(tag),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not defined within 5 s`)), 5000)),
    ]);
    for (const el of host.doc.querySelectorAll<Upgradable>(tag)) {
      await el.updateComplete;
      els.push(el);
    }
  }
  await settle(host.win);
  return els;
}

export const shadow = (el: Element) => (el as HTMLElement).shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);

/** Clicks a control inside a frame, as a user would (a trusted click with user activation). */
export function click(el: Element) {
  (el as HTMLElement).click();
}

// Colour maths for legibility (WCAG 2.x relative luminance and contrast ratio).
export function parseColor(value: string): [number, number, number, number] | undefined {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) {
    const s = value.match(/srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?/);
    if (!s) return undefined;
    return [Number(s[1]) * 255, Number(s[2]) * 255, Number(s[3]) * 255, s[4] === undefined ? 1 : Number(s[4])];
  }
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
export function contrast(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return 0;
  const [l1, l2] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The first opaque background behind `el`, walking out through shadow roots; white if none. */
export function backgroundBehind(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const bg = node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor;
    const c = parseColor(bg);
    if (c && c[3] >= 0.99) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}

/** Every rendered element in `root` (shadow trees included) that holds text of its own. */
export function textElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const child of node.children) {
      const own = [...child.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const rect = child.getBoundingClientRect();
      if (own && rect.width > 0 && rect.height > 0) out.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Interactive controls in an element's shadow tree that are rendered (not in a closed panel). */
export function visibleControls(el: Element): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('button, a[href], input, summary, select, textarea, [role="button"]')].filter((c) => {
    // Firefox gives content inside a closed <details> a box; it is not drawn, and nothing can scroll to it.
    if (inClosedDetails(c)) return false;
    const r = c.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && c.ownerDocument.defaultView!.getComputedStyle(c).visibility === 'visible';
  });
}

/** Inside a closed `<details>`, and not its summary: not drawn for the reader. */
export function inClosedDetails(el: Element): boolean {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open && el !== d && !d.querySelector(':scope > summary')?.contains(el)) return true;
  }
  return false;
}

/** The deepest element at a point of the frame, through open shadow roots. */
export function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let root: Document | ShadowRoot = doc;
  let hit = root.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    root = hit.shadowRoot;
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** True if a point hit lands on `target` or inside it (through slots and shadow roots). */
export function hits(target: Element, hit: Element | null): boolean {
  for (let n: Node | null = hit; n; n = (n as Element).assignedSlot ?? n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === target) return true;
  }
  return false;
}

export function storageSnapshot(win: Window) {
  const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)]));
  return { local: dump(win.localStorage), session: dump(win.sessionStorage), cookie: win.document.cookie };
}

/** Waits for every element in the frame to finish its pending update. */
export async function updated(host: Host) {
  for (const tag of TAGS) for (const el of host.doc.querySelectorAll<Upgradable>(tag)) await el.updateComplete;
  await settle(host.win);
}

export interface Exercise {
  opened: number;
  ticked: number;
  chosen: number;
  cardsBefore: number;
  cardsAfter: number;
}

/**
 * Uses every content element as a reader would: opens every closed section, ticks every box, picks an
 * answer, types a filter. Each step checks that it took effect; returns what it did.
 */
export async function exercise(host: Host, filter = 'Samaritans'): Promise<Exercise> {
  const done: Exercise = { opened: 0, ticked: 0, chosen: 0, cardsBefore: 0, cardsAfter: 0 };
  const content = ['safety-four-explainer', 'safety-checklist', 'safety-clares-law'];
  for (const tag of content) {
    const el = host.doc.querySelector(tag)!;
    for (const toggle of [...shadow(el).querySelectorAll<HTMLElement>('button[aria-expanded="false"]')]) {
      toggle.click();
      done.opened += 1;
    }
    // The shared disclosure (issues 15/17) is a native <details>: a reader opens it by its summary.
    const closed = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details:not([open])')].filter((d) => d.getClientRects().length);
    for (const d of closed) d.querySelector<HTMLElement>(':scope > summary')!.click();
    await updated(host);
    done.opened += closed.filter((d) => d.open).length;
    for (const box of [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((b) => b.getClientRects().length)) {
      box.click();
      await updated(host);
      if (box.checked) done.ticked += 1;
    }
  }
  const clares = host.doc.querySelector('safety-clares-law')!;
  const radio = shadow(clares).querySelector<HTMLInputElement>('input[type="radio"]')!;
  radio.click();
  await updated(host);
  if (radio.checked) done.chosen += 1;

  const dir = host.doc.querySelector('safety-helpline-directory')!;
  const visibleCards = () => [...shadow(dir).querySelectorAll('[part~="card"]')].filter((c) => c.getClientRects().length).length;
  done.cardsBefore = visibleCards();
  const search = part<HTMLInputElement>(dir, 'search')!;
  search.focus();
  search.value = filter;
  search.dispatchEvent(new (host.win as typeof window).InputEvent('input', { bubbles: true, composed: true, data: filter, inputType: 'insertText' }));
  await updated(host);
  await new Promise((r) => setTimeout(r, 350)); // any debounce in the filter
  await updated(host);
  done.cardsAfter = visibleCards();
  return done;
}

/** Every element upgraded (its own class, a rendered shadow tree) and usable; returns the exercise. */
export async function expectAllWorking(host: Host): Promise<Exercise> {
  const { expect } = await import('@open-wc/testing');
  for (const tag of TAGS) {
    const el = host.doc.querySelector(tag)!;
    expect(el, tag).to.exist;
    expect(el instanceof host.win.customElements.get(tag)!, `${tag} upgraded`).to.equal(true);
    expect(el.shadowRoot, `${tag} shadow root`).to.exist;
    expect(el.getBoundingClientRect().height, `${tag} height`).to.be.greaterThan(0);
  }
  const qe = host.doc.querySelector('safety-quick-exit')!;
  const button = part(qe, 'button')!;
  expect(button.getBoundingClientRect().height).to.be.at.least(44);
  const done = await exercise(host);
  expect(done.opened, 'sections opened').to.be.greaterThan(0);
  expect(done.ticked, 'boxes ticked').to.be.greaterThan(0);
  expect(done.chosen, 'Clare’s Law answer chosen').to.equal(1);
  expect(done.cardsAfter, 'filter leaves the matching helpline').to.be.at.least(1);
  expect(done.cardsAfter, 'filter hides the others').to.be.lessThan(done.cardsBefore);
  return done;
}

/** Clicks the quick exit in a sandboxed frame (which may not move the runner's tab) and waits for the frame to land. */
export async function clickQuickExitAndLand(host: Host): Promise<void> {
  const qe = host.doc.querySelector('safety-quick-exit')!;
  const landed = new Promise((r) => host.frame.addEventListener('load', r, { once: true }));
  part(qe, 'button')!.click();
  await Promise.race([landed, new Promise((_, reject) => setTimeout(() => reject(new Error('the frame did not leave within 5 s')), 5000))]);
}

export const SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/**
 * web-dev-server appends `<script type="module" src="/__web-dev-server__web-socket.js">` to every HTML
 * page it serves (its live-reload socket). It belongs to the test server, not to the host page or the
 * library, so the request and CSP checks name it and leave it out; nothing else is left out.
 */
export const HARNESS_SCRIPT = '/__web-dev-server__web-socket.js';
export const isHarness = (url: string) => url.includes(HARNESS_SCRIPT) || url.startsWith('/__web-test-runner') || url.includes('/__web-test-runner');

// ---- Cross-origin frames: the real exit in every engine ------------------------------------------
// The runner is on localhost; the same test server also answers on 127.0.0.1, another origin. A frame
// from there may not navigate the runner's tab without user activation (a click sent by postMessage
// has none), so the quick exit falls back to leaving the frame, as DECISIONS says; the pages report by
// postMessage (test/fixtures/host-xo-relay.js). Unlike a sandboxed frame, this works in WebKitGTK too.
export const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
type Message = {
  hostLoaded?: string;
  hostReady?: string;
  loaderSettled?: string;
  focused?: boolean;
  exited?: boolean;
  visibility?: string;
  title?: string;
};

/** Resolves when `test()` holds, checking every 20 ms; fails after `ms`. */
export async function waitFor(what: string, test: () => boolean, ms = 5000) {
  const t0 = Date.now();
  while (!test()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Loads `path` from the other origin, waits until it is ready (and `ready` holds for one of its messages),
 * sets the quick exit off by click or Shift x3, and waits for the frame to land.
 */
export async function crossOriginExit(path: string, how: 'click' | 'shift', ready: (m: Message) => boolean = () => true) {
  const { sendKeys } = await import('@web/test-runner-commands');
  const messages: Message[] = [];
  const listener = (e: MessageEvent) => {
    if (e.origin === OTHER_ORIGIN) messages.push(e.data as Message);
  };
  window.addEventListener('message', listener);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0;display:block';
  frame.src = `${OTHER_ORIGIN}${path}`;
  document.body.append(frame);
  try {
    await waitFor(`${path} to be ready`, () => messages.some((m) => m.hostReady === path) && messages.some(ready));
    if (how === 'click') frame.contentWindow!.postMessage('click-quick-exit', OTHER_ORIGIN);
    else {
      frame.contentWindow!.postMessage('focus-field', OTHER_ORIGIN);
      await waitFor('the field to answer', () => messages.some((m) => m.focused !== undefined));
      if (!messages.some((m) => m.focused)) throw new Error('the cross-origin frame could not focus its text field');
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    }
    await waitFor('the frame to land on the neutral page', () => messages.some((m) => m.hostLoaded === '/test/fixtures/host-neutral.html'));
    return { messages, exit: messages.find((m) => m.exited), runnerPath: location.pathname };
  } finally {
    window.removeEventListener('message', listener);
    frame.remove();
  }
}
