import { clearLibraryStorage } from '../../internal/storage.js';
import { afterHiddenFrame } from '../../internal/events.js';
import { warnOnce } from '../../internal/warn.js';

/*
 * Hiding and leaving are document-wide and happen once per page, whichever quick exit triggers them.
 *
 * The exit path is built so that the input handler does the least work possible (DECISIONS, "Order on
 * exit: leave first"):
 * 1. at arm time (the first quick exit connects) one constructable stylesheet is adopted by the document
 *    (and by the top document when this page is in a same-origin frame); it hides nothing until exit, and a
 *    referrer `<meta>` without content (no effect) goes into `<head>` (the reachable top document's too);
 * 2. on exit: that `<meta>` is switched to `no-referrer`, the navigation starts (`location.replace`), the
 *    triggering copy's branch is marked (`KEEP_ATTRIBUTE`), one attribute on `<html>` switches the sheet on,
 *    then title, favicon, new tab, the event and the library's storage follow, each on its own so that any
 *    step may fail without stopping the rest. Nothing reads layout and no element updates;
 * 3. after the first hidden frame a top-layer cover (a modal `<dialog>`) is shown, which no host
 *    `z-index` can cover and which makes the page inert: the triggering copy's own overlay when that copy
 *    is rendered, else a plain cover of the document's own (for a copy in a closed menu).
 */

/** Runs one step of the exit; a step that throws is skipped and the rest go on. */
export const attempt = (step: () => void): void => {
  try {
    step();
  } catch {
    // A failed step (a browser without the API, a page that broke it) must not stop the exit.
  }
};

const SOURCE = '<safety-quick-exit>';
/** The one attribute that switches the hiding sheet on. */
export const EXITING_ATTRIBUTE = 'data-safety-exiting';
const A = `html[${EXITING_ATTRIBUTE}]`;
/** Marks the triggering copy and its ancestors: the one branch of the page that stays laid out while leaving. */
const KEEP_ATTRIBUTE = 'data-safety-keep';
// `opacity` on <body> hides everything in it, including host text that sets `visibility: visible` and the
// quick exit itself; only the top layer (the cover) escapes it. `visibility` also takes the page away from
// Tab and assistive technology until the modal cover makes it inert. Host content already in the top
// layer (an open dialog or popover) is hidden by rules of its own (a browser without the selector drops
// only that rule).
// `display: none` on everything off the triggering copy's branch does not hide anything more (a host rule
// that wins over it still shows nothing through the body's opacity); it makes the hidden frame cheap: the
// inherited `visibility` would restyle every element of the page, while a subtree without boxes is not
// restyled at all. The branch keeps its boxes so that the copy's own cover (in the top layer) can show.
const HIDE_RULES = [
  `${A}{background:#fff!important;color-scheme:light!important}`,
  `${A}>body:not(#\\#){opacity:0!important;visibility:hidden!important}`,
  `${A}>body:not(#\\#) :not([${KEEP_ATTRIBUTE}]){display:none!important}`,
  `${A} :modal{opacity:0!important;visibility:hidden!important}`,
  `${A} :popover-open{opacity:0!important;visibility:hidden!important}`,
  `${A}>dialog[data-safety-cover]:not(#\\#){all:initial;display:block!important;position:fixed!important;inset:0!important;box-sizing:border-box!important;width:100%!important;height:100%!important;max-width:none!important;max-height:none!important;margin:0!important;padding:1.5rem!important;border:0!important;background:#fff!important;color:#0b0c0c!important;font:1.5rem/1.3 system-ui,sans-serif!important;visibility:visible!important;opacity:1!important}`,
  `${A}>dialog[data-safety-cover]::backdrop{background:#fff!important}`,
];

interface Armed {
  doc: Document;
  sheet: CSSStyleSheet;
}
const armed: Armed[] = [];

function armDocument(win: Window) {
  const doc = win.document;
  if (armed.some((a) => a.doc === doc)) return;
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  for (const rule of HIDE_RULES) attempt(() => sheet.insertRule(rule, sheet.cssRules.length));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  armed.push({ doc, sheet });
}

/** The top document when this page is in a same-origin frame (reachable), else undefined. */
function reachableTop(): Window | undefined {
  try {
    if (window.top && window.top !== window && window.top.document) return window.top;
  } catch {
    // A cross-origin top cannot be reached: only this frame can be hidden.
  }
  return undefined;
}

let lengthAtArm = 0;
/** Same-document entries behind the current one, kept counted with the Navigation API (below). */
let entriesBehind: number | undefined;
let traversed = false;
let isArmed = false;

/**
 * Prepares everything an exit needs so the handler has nothing to build: the hiding sheet (here and in
 * a reachable top document), the back-forward cache guard, and the history bookkeeping.
 */
export function arm(): void {
  if (isArmed) return;
  isArmed = true;
  attempt(() => armDocument(window));
  attempt(() => silenceLeavePrompts(window));
  attempt(() => placeReferrerMeta(document));
  attempt(() => {
    const top = reachableTop();
    if (top) armDocument(top);
    if (top) silenceLeavePrompts(top);
    if (top) placeReferrerMeta(top.document);
  });
  attempt(() => (lengthAtArm = history.length));
  attempt(keepEntriesBehindCounted);
  attempt(watchTraversals);
  attempt(() =>
    addEventListener(
      'pageshow',
      () => {
        const pending = navigation.pending;
        if (!pending) return;
        // Back from the cache: leave again at once (not a repeat to ignore), with the same cover and text,
        // but no second event or tab.
        navigation.pending = undefined;
        const { keep, cover, coverText } = coverOptions;
        hideAndLeave(pending.url, pending.title, { keep, cover, coverText });
      },
      {},
    ),
  );
}

/** The parts of the Navigation API the count uses (not in every engine, so not from the DOM types). */
interface NavigationApi {
  currentEntry?: { index: number } | null;
  entries(): { key: string; sameDocument: boolean }[];
  traverseTo?(key: string): { committed: Promise<unknown> };
}
const navigationApi = () => (window as { navigation?: NavigationApi }).navigation;

/**
 * How many same-document entries (fragment links, the host's `pushState`) lie between the entry this
 * document was loaded into and the current one. The Navigation API says exactly; without it, the growth
 * of `history.length` since arming is used, and 0 once the reader has moved within the page's entries
 * (then the count cannot be known, and walking back too far would show the previous page).
 */
function sameDocumentEntriesBehind(): number {
  // In a frame, history is the tab's joint history: walking back from here could move the top page.
  if (window.top !== window) return 0;
  const exact = entriesBehind ?? entriesBehindByNavigationApi();
  if (exact !== undefined) return exact;
  return traversed ? 0 : Math.max(0, history.length - lengthAtArm);
}

/**
 * Without the Navigation API, a traversal (Back or Forward within the page's entries) makes the growth of
 * `history.length` meaningless, and is seen only as a `popstate`. A fragment link fires `popstate` too (WebKit
 * and Chromium in the click's own task, Firefox a task later), and a skip link must not make the count be
 * given up (Safari then left the skip link's entry behind, and Back showed the page). So a `popstate` that
 * lands on the URL of the same-page link just clicked, with exactly one entry more than at the click, is that
 * link's new entry; any other is a traversal.
 */
let fragmentClick: { url: string; length: number } | undefined;

function watchTraversals() {
  if (navigationApi()?.currentEntry) return; // counted exactly instead
  // `{}` rather than no options: some sites wrap addEventListener in a shim that reads `options.passive`.
  addEventListener(
    'click',
    (event) => {
      const link = linkOf(event);
      const here = location.href.split('#')[0];
      fragmentClick =
        link?.href.includes('#') && link.href.split('#')[0] === here
          ? { url: link.href, length: history.length }
          : undefined;
    },
    { capture: true },
  );
  addEventListener(
    'popstate',
    () => {
      const click = fragmentClick;
      fragmentClick = undefined;
      if (!click || location.href !== click.url || history.length !== click.length + 1) traversed = true;
    },
    {},
  );
}

/** The link (`<a>` or `<area>`, across shadow roots) an event came from, if any. */
function linkOf(event: Event): HTMLAnchorElement | HTMLAreaElement | undefined {
  return event
    .composedPath()
    .find(
      (n): n is HTMLAnchorElement | HTMLAreaElement => n instanceof HTMLAnchorElement || n instanceof HTMLAreaElement,
    );
}

/** The exact count, from the Navigation API; undefined without it. */
function entriesBehindByNavigationApi(): number | undefined {
  try {
    const nav = navigationApi();
    if (!nav?.currentEntry || typeof nav.entries !== 'function') return undefined;
    let i = nav.currentEntry.index;
    // The first entry of the tab's list for this origin has nothing behind it: no list to build.
    if (i <= 0) return 0;
    const entries = nav.entries();
    let n = 0;
    while (i > 0 && entries[i - 1]?.sameDocument) {
      i--;
      n++;
    }
    return n;
  } catch {
    return undefined;
  }
}

/**
 * The exact count is kept up to date at arm time and on every change of the current entry (the Navigation
 * API's `currententrychange`: fragment links, `pushState`, `replaceState`, traversals), so that the exit
 * reads a number instead of walking the entry list inside the input handler (about 0.4 ms at 4x CPU).
 */
function keepEntriesBehindCounted() {
  const nav = navigationApi() as (NavigationApi & Partial<EventTarget>) | undefined;
  if (!nav?.currentEntry || typeof nav.addEventListener !== 'function') return;
  const count = () => (entriesBehind = entriesBehindByNavigationApi());
  nav.addEventListener('currententrychange', count, {});
  // A page restored from the back-forward cache may sit in a different list.
  addEventListener('pageshow', count, {});
  count();
}

/** Switches the armed sheet on in one document (re-adopting it if the host replaced the list). */
function hide(entry: Armed) {
  try {
    const sheets = entry.doc.adoptedStyleSheets;
    if (!sheets.includes(entry.sheet)) entry.doc.adoptedStyleSheets = [...sheets, entry.sheet];
  } catch {
    // The attribute is still set: the sheet may be in place after all.
  }
  try {
    entry.doc.documentElement.setAttribute(EXITING_ATTRIBUTE, '');
  } catch {
    // Nothing more can be done for this document.
  }
}

/** Marks `el` and its ancestors (across shadow roots) up to `<body>` as the branch that keeps its boxes. */
function keepBranch(el: Element) {
  for (let n: Element | undefined = el; n && n !== n.ownerDocument.body;) {
    n.setAttribute(KEEP_ATTRIBUTE, '');
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || undefined);
  }
}

/**
 * The referrer `<meta>`, placed at arm time without a `content` attribute (which leaves the page's policy as
 * it is; `content=""` does too, but Chromium logs it as a console error on every page) and given
 * `content="no-referrer"` at exit. Inserting a new `<meta>` inside the handler delayed the navigation by
 * about 3 ms at 4x CPU (a bare page, Chromium); setting an attribute of one already in `<head>` costs a
 * fraction of that, and every engine applies a referrer `<meta>` whose content changes (tested in all three).
 */
const referrerMetas = new Map<Document, HTMLMetaElement>();

function placeReferrerMeta(doc: Document): HTMLMetaElement {
  const meta = doc.createElement('meta');
  meta.name = 'referrer';
  (doc.head ?? doc.documentElement).append(meta);
  referrerMetas.set(doc, meta);
  return meta;
}

function setReferrerPolicy(doc: Document) {
  let meta = referrerMetas.get(doc);
  // A host that rebuilt its <head> took the armed one away: a new one does the same, a little slower.
  if (!meta?.isConnected) meta = placeReferrerMeta(doc);
  meta.content = 'no-referrer';
}

/**
 * Takes the site's own icon out of the tab while leaving. No empty icon replaces it: a `data:` icon is an
 * image a strict Content-Security-Policy (`img-src 'self'`) refuses, and each refusal is a violation
 * report. Browsers show their default icon instead (documented in the README).
 */
function neutraliseFavicon(doc: Document) {
  for (const link of Array.from(doc.querySelectorAll('link[rel~="icon" i]'))) link.remove();
}

/** Opens the neutral second site from a click only (a key press gives no user activation). No opener, no referrer. */
function openNewTab(url: string): void {
  attempt(() => {
    window.open(url, '_blank', 'noopener,noreferrer');
  });
}

/**
 * A host's "Leave site?" guard (a form's unsaved-changes check, a neighbour script) must not hold the
 * reader on the page with a prompt that names it. The listener is added at arm time so that it comes
 * before every guard added later (Chromium runs a target's listeners in the order they were added,
 * capturing or not; Firefox runs capturing ones first, so there it also comes before earlier guards),
 * and it stops them only once an exit is under way. The `onbeforeunload` handler goes at exit.
 * Known limit: in Chromium a guard added before the quick exit armed still prompts; the page stays hidden
 * and leaves once the prompt is answered.
 */
function silenceLeavePrompts(win: Window) {
  win.addEventListener(
    'beforeunload',
    (event) => {
      if (navigation.pending) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/**
 * Once an exit is under way, no `navigate` listener of the host's (the Navigation API's "unsaved changes"
 * guard, a router) may cancel the navigation or take it over: in Chromium and Firefox a guard's
 * `preventDefault()` cancels `location.replace` outright, and the reader is left on a hidden page. Listener
 * order cannot settle it (Chromium runs a target's listeners in the order they were added, and guards are
 * often added before the library loads), so from then on, for the rest of the page's life, navigate events
 * ignore both calls. Patched at exit only: until then the host's guards and router work as written.
 */
const NAVIGATE_OVERRULED = ['preventDefault', 'intercept'];
function overruleNavigateGuards(win: Window) {
  const proto = (win as { NavigateEvent?: { prototype: object } }).NavigateEvent?.prototype;
  if (proto)
    for (const name of NAVIGATE_OVERRULED) Object.defineProperty(proto, name, { value() {}, configurable: true });
}

/**
 * The navigation itself, an object so that unit tests can replace `leave` (the end-to-end tests prove
 * the real thing). `location.replace` drops the support page from history: Back does not return to it.
 */
export const navigation = {
  /** The exit under way, if any: a page that survives or comes back must stay hidden and leave again. */
  pending: undefined as { url: string; title: string; at: number } | undefined,

  leave(url: string): void {
    try {
      window.onbeforeunload = null;
    } catch {
      // A guard left in place prompts; the page stays hidden and leaves once it is answered.
    }
    if (window.top && window.top !== window) {
      try {
        window.top.onbeforeunload = null;
        window.top.location.replace(url);
        return;
      } catch {
        attempt(() =>
          warnOnce(SOURCE, 'inside a frame that may not navigate the whole tab; only this frame leaves the page.'),
        );
      }
    }
    location.replace(url);
  },

  /**
   * Moves back over this document's own same-document entries. With the Navigation API it returns the
   * promise that settles once the traversal is committed (Firefox updates the current entry in its parent
   * process later than `popstate`; replacing on `popstate` there replaced the wrong entry). Without it,
   * `history.go(-n)`, and the caller waits for `popstate`. Replaceable in tests.
   */
  walkBack(n: number): Promise<unknown> | undefined {
    const nav = navigationApi();
    if (nav?.currentEntry && typeof nav.traverseTo === 'function') {
      const target = nav.entries()[nav.currentEntry.index - n];
      if (target) return nav.traverseTo(target.key).committed;
    }
    history.go(-n);
    return undefined;
  },
};

/**
 * Leaves after walking back `n` same-document entries, so that the entry replaced is the one the visit
 * to this document started on and Back goes to the page before it. The page is already hidden. If the
 * traversal does not report back (blocked, or a browser that ignores it), it leaves anyway after
 * `WALK_BACK_TIMEOUT_MS` (long enough for a loaded old phone: leaving early would replace the wrong entry).
 */
const WALK_BACK_TIMEOUT_MS = 2000;
function walkBackThenLeave(url: string, n: number) {
  let done = false;
  const go = () => {
    if (done || !navigation.pending) return;
    done = true;
    navigation.leave(url);
  };
  setTimeout(go, WALK_BACK_TIMEOUT_MS);
  // Firefox reports the traversal (the committed promise, popstate) before its parent process has moved
  // its own index: a replace in the same task replaced the entry walked away from when the page was
  // served with Cache-Control: no-store, and Back showed the page. One task later it replaces the right one.
  const goInNextTask = () => setTimeout(go, 0);
  let committed: Promise<unknown> | undefined;
  try {
    committed = navigation.walkBack(n);
  } catch {
    go();
    return;
  }
  if (committed) {
    committed.then(goInNextTask, goInNextTask);
  } else {
    attempt(() => addEventListener('popstate', goInNextTask, { once: true, capture: true }));
    attempt(() => addEventListener('hashchange', goInNextTask, { once: true, capture: true }));
  }
}

export interface ExitOptions {
  /** The tab title while leaving (never empty). */
  title: string;
  /** A second neutral site for a new tab (click only), already checked. */
  newTab?: string;
  /** Steps that follow leaving and hiding (the event, a site's own clearing). */
  after?: () => void;
  /** The triggering copy: it and its ancestors stay laid out, so that its own cover can show. */
  keep?: Element;
  /** Shows the triggering copy's own cover; returns false when that copy is not rendered. */
  cover?: () => boolean;
  /** Text for the document's own cover, used when the triggering copy cannot draw one. */
  coverText?: string;
}

/** How long a navigation under way is left to finish before another press starts it again. */
const RESTART_AFTER_MS = 5000;

let coverScheduled = false;
let coverOptions: Partial<ExitOptions> = {};

/**
 * Leaves, then hides, then everything else; once called, the page stays hidden for good.
 *
 * This runs inside the input handler, once per page and cold (its code has never run before), so every
 * step is written out in line with its own `try` rather than as a closure handed to `attempt`: no closure
 * to create and compile on the way to leaving. Each step still fails alone.
 */
export function hideAndLeave(url: string, title: string, options: Partial<ExitOptions> = {}): boolean {
  // A reader who presses again while the page goes (a second tap, a held Enter, more Shifts) must not start
  // the navigation over: each new start throws away the request under way, and on a slow connection a
  // reader who keeps pressing would never leave. After a while with no new page, a press starts again.
  const pending = navigation.pending;
  if (pending && performance.now() - pending.at < RESTART_AFTER_MS) {
    // Only hidden again (cheap): a host may have replaced the adopted sheets since.
    for (const entry of armed) hide(entry);
    return true;
  }
  let started = false;
  let behind = 0;
  try {
    behind = sameDocumentEntriesBehind();
  } catch {
    // Leave from this entry.
  }
  try {
    setReferrerPolicy(document);
  } catch {
    // The child link's rel="noreferrer" is the fallback.
  }
  try {
    // In a same-origin frame the whole tab leaves, and WebKit sends the top document's referrer for it.
    const top = reachableTop();
    if (top) setReferrerPolicy(top.document);
  } catch {
    // The frame's own policy still applies where the engine uses it (Chromium, Firefox).
  }
  // Set before leaving: a "Leave site?" guard may run inside the navigation call (silenceLeavePrompts).
  navigation.pending = { url, title, at: performance.now() };
  try {
    overruleNavigateGuards(window);
    const top = reachableTop();
    if (top) overruleNavigateGuards(top);
  } catch {
    // A page that froze its prototypes keeps its guards; the page stays hidden either way.
  }
  if (behind === 0) {
    try {
      navigation.leave(url);
      started = true;
    } catch {
      // Hiding still follows; the caller lets the link's own navigation go on.
    }
  }
  if (!isArmed) attempt(arm);
  if (options.keep) {
    try {
      keepBranch(options.keep);
    } catch {
      // The copy's branch is hidden with the rest; the document's own cover shows instead.
    }
  }
  try {
    // In a same-origin frame the top document is hidden too: the frames on the way keep their boxes, so
    // that this document stays rendered (Firefox stops styling and animating a frame without one).
    for (let w: Window = window; w !== w.top && w.frameElement; w = w.parent) keepBranch(w.frameElement);
  } catch {
    // A cross-origin parent: it is not hidden from here either.
  }
  for (const entry of armed) hide(entry);
  if (behind > 0) {
    try {
      walkBackThenLeave(url, behind);
      started = true;
    } catch {
      // As above.
    }
  }
  // An empty title makes browsers show the page's address in the tab: a neutral word instead.
  let top: Window | undefined;
  try {
    top = reachableTop();
  } catch {
    // This document only.
  }
  for (const doc of top ? [document, top.document] : [document]) {
    try {
      doc.title = title;
    } catch {
      // The icon still goes.
    }
    try {
      neutraliseFavicon(doc);
    } catch {
      // Nothing else depends on it.
    }
  }
  if (options.newTab) openNewTab(options.newTab);
  if (options.after) attempt(options.after);
  // In the same task (DECISIONS), last: a storage area's first access in a page is a synchronous load (10 to
  // 25 ms at 4x CPU), which holds back the hidden frame but not the navigation, already started. It is not
  // opened earlier to make this quicker: merely opening it can leave the site's name in the browser profile
  // on a visit with no exit (WebKit made a folder per origin on first access until 2022, bug 242064).
  clearLibraryStorage();
  coverOptions = options;
  if (!coverScheduled) {
    coverScheduled = true;
    // After the first hidden frame: showModal forces a style and layout pass of the whole page.
    try {
      afterHiddenFrame(showCover);
    } catch {
      coverScheduled = false;
    }
  }
  return started;
}

/**
 * Sound the page makes goes on while the page is hidden and the next one loads (seconds on a slow
 * connection): a video, a "Listen" button reading the page aloud, an embedded player (`display: none` stops
 * none of them). So media is paused, speech is cancelled and frames go, except the ones on the triggering
 * copy's branch. After the hidden frame: a frame's removal runs its unload handlers. Media inside a host
 * component's shadow root is not reached.
 */
function silence(doc: Document) {
  for (const media of doc.querySelectorAll('audio,video')) attempt(() => (media as HTMLMediaElement).pause());
  for (const frame of doc.querySelectorAll(`iframe:not([${KEEP_ATTRIBUTE}])`)) attempt(() => frame.remove());
  attempt(() => doc.defaultView?.speechSynthesis?.cancel());
}

function showCover() {
  const { cover, coverText = '' } = coverOptions;
  coverScheduled = false;
  if (!navigation.pending) return; // the exit was called off (tests only): nothing to cover
  for (const entry of armed) silence(entry.doc);
  let shown = false;
  if (cover) attempt(() => (shown = cover()));
  if (shown) return;
  attempt(() => {
    let dialog = document.querySelector<HTMLDialogElement>(':root > dialog[data-safety-cover]');
    if (!dialog) {
      dialog = document.createElement('dialog');
      dialog.setAttribute('data-safety-cover', '');
      dialog.addEventListener('cancel', (e) => e.preventDefault());
      document.documentElement.append(dialog);
    }
    if (!dialog.open) dialog.showModal();
    announce(dialog, coverText);
  });
}

/**
 * Says that the page is going (GOV.UK's "Loading."), once the cover is up: the text goes into a `role="alert"`
 * element inside it, so that a screen reader announces it rather than leaving the reader with silence.
 */
export function announce(cover: HTMLDialogElement, text: string): void {
  let alert = cover.querySelector('[role="alert"]');
  if (!alert) {
    alert = cover.ownerDocument.createElement('span');
    alert.setAttribute('role', 'alert');
    cover.append(alert);
  }
  alert.textContent = text;
}

/** @internal For tests: forget the exit under way and switch the hiding off. */
export function resetExit(): void {
  navigation.pending = undefined;
  const proto = (window as { NavigateEvent?: { prototype: object } }).NavigateEvent?.prototype;
  if (proto) for (const name of NAVIGATE_OVERRULED) Reflect.deleteProperty(proto, name);
  for (const meta of referrerMetas.values()) meta.removeAttribute('content');
  for (const entry of armed) attempt(() => entry.doc.documentElement.removeAttribute(EXITING_ATTRIBUTE));
  for (const entry of armed)
    for (const el of entry.doc.querySelectorAll(`[${KEEP_ATTRIBUTE}]`)) el.removeAttribute(KEEP_ATTRIBUTE);
  document.querySelector(':root > dialog[data-safety-cover]')?.remove();
}

// "Keep this visit out of Back": while any quick exit asks for it, same-origin link navigations replace
// the current entry instead of adding one, so after an exit Back skips the whole visit.
let visitKeepers = 0;
function onVisitClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = linkOf(event);
  if (!link?.href || link.hasAttribute('download')) return;
  const target = link.target.toLowerCase();
  if (target && target !== '_self') return;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return;
  }
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return;
  event.preventDefault();
  location.replace(url.href);
}

export function keepVisitOutOfHistory(on: boolean): void {
  const before = visitKeepers;
  visitKeepers = Math.max(0, visitKeepers + (on ? 1 : -1));
  // Bubble phase on window: the host's own handlers have run, and a link they handled is left alone.
  if (before === 0 && visitKeepers === 1) attempt(() => addEventListener('click', onVisitClick as EventListener, {}));
  if (before === 1 && visitKeepers === 0)
    attempt(() => removeEventListener('click', onVisitClick as EventListener, {}));
}
