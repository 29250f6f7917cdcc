import { warnOnce } from '../../internal/warn.js';

/**
 * Hiding and leaving are document-wide and happen once per page, whichever quick exit triggers them.
 * Everything here must keep going when a step fails: each step is attempted on its own.
 */
export const attempt = (step: () => void): void => {
  try {
    step();
  } catch {
    // A failed step (a browser without the API, a page that broke it) must not stop the exit.
  }
};

let hideSheet: CSSStyleSheet | undefined;

/**
 * Hides the whole document with a constructable stylesheet adopted by the document: an injected
 * `<style>` or a `style` attribute would be refused by a strict Content-Security-Policy. `visibility`
 * (not `display`) keeps the quick exit's own overlay, which sets `visibility: visible`, on screen, and
 * hidden content is also gone for Tab and assistive technology.
 */
export function hideDocument(title: string): void {
  attempt(() => {
    hideSheet ??= new CSSStyleSheet();
    hideSheet.replaceSync('html{background:#fff!important}body{visibility:hidden!important}');
    if (!document.adoptedStyleSheets.includes(hideSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, hideSheet];
  });
  // An empty title makes browsers show the page's address in the tab: use a neutral word instead.
  attempt(() => (document.title = title));
  attempt(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
  });
}

/** Opens the neutral second site from a click only (a key press gives no user activation). */
export function openNewTab(url: string): void {
  attempt(() => {
    // Without `noopener` so a blocked popup (null) is visible; the opener link is cut at once instead.
    const tab = window.open(url, '_blank');
    if (tab) tab.opener = null;
  });
}

/**
 * The navigation itself, an object so that unit tests can replace `leave` (the end-to-end tests prove
 * the real thing). `location.replace` drops the support page from history: Back does not return to it.
 */
export const navigation = {
  /** The exit under way, if any: a page that survives or comes back must stay hidden and leave again. */
  pending: undefined as { url: string; title: string } | undefined,

  leave(url: string): void {
    if (window.top && window.top !== window) {
      try {
        window.top.location.replace(url);
        return;
      } catch {
        warnOnce('<safety-quick-exit>', 'inside a frame that may not navigate the whole tab; only this frame leaves the page.');
      }
    }
    location.replace(url);
  },
};

/** Hides and leaves; once called, the page stays hidden for good (also after the back-forward cache). */
let watchingPageShow = false;
export function hideAndLeave(url: string, title: string): void {
  if (!watchingPageShow) {
    watchingPageShow = true;
    addEventListener('pageshow', () => {
      if (navigation.pending) hideAndLeave(navigation.pending.url, navigation.pending.title);
    });
  }
  navigation.pending = { url, title };
  hideDocument(title);
  navigation.leave(url);
}
