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
    const el = document.createElement('safety-quick-exit');
    el.setAttribute('data-inserted-by-script', '');
    for (const { name, value } of Array.from(script.attributes)) {
      if (name.startsWith(PREFIX)) el.setAttribute(name.slice(PREFIX.length), value);
    }
    if (!el.hasAttribute('position')) el.setAttribute('position', 'top');
    document.body.prepend(el);
  };
  if (document.body) insert();
  else document.addEventListener('DOMContentLoaded', insert, { once: true });
}
