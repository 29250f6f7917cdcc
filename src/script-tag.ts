import { warn } from './internal/warn.js';

/**
 * `data-quick-exit*` attributes on the classic bundle's `<script>` tag become a `<safety-quick-exit>`
 * at the start of `<body>`: `data-quick-exit-href` → `href`, `data-quick-exit-position` → `position`,
 * and likewise for every attribute the element takes (`data-quick-exit-label`, `-shortcut`, …).
 */
const PREFIX = 'data-quick-exit-';

export function insertQuickExitFromScript(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement) || !script.hasAttribute('data-quick-exit')) return;
  const insert = () => {
    if (document.querySelector('safety-quick-exit[data-inserted-by-script]')) return;
    // Say clearly why the inserted element would not work, rather than leave a dead red box.
    const existing = customElements.get('safety-quick-exit') as
      (CustomElementConstructor & { safetyVersion?: string }) | undefined;
    if (!existing) {
      warn(
        '<script data-quick-exit>',
        'cannot insert a working quick exit: <safety-quick-exit> is not defined. If the page enforces Trusted Types, ' +
          'the policy name "lit-html" may be taken by another copy of Lit: add \'allow-duplicates\' to the trusted-types directive.',
      );
      return;
    }
    if (!existing.safetyVersion) {
      warn(
        '<script data-quick-exit>',
        'cannot insert a working quick exit: <safety-quick-exit> is already defined by another script, not by safety-elements.',
      );
      return;
    }
    const el = document.createElement('safety-quick-exit');
    el.setAttribute('data-inserted-by-script', '');
    for (const { name, value } of Array.from(script.attributes)) {
      if (name.startsWith(PREFIX)) el.setAttribute(name.slice(PREFIX.length), value);
    }
    if (!el.hasAttribute('position')) el.setAttribute('position', 'top');
    document.body.prepend(el);
  };
  if (document.body) return insert();
  // From <head>: as soon as the parser has made <body>, not at DOMContentLoaded, which waits for the whole
  // page and for every deferred script (the complete file, with the quick exit's own file first).
  let done = false;
  const once = () => {
    if (done || !document.body) return;
    done = true;
    bodyMade.disconnect();
    insert();
  };
  const bodyMade = new MutationObserver(once);
  bodyMade.observe(document.documentElement, { childList: true });
  document.addEventListener('DOMContentLoaded', once, { once: true });
}
