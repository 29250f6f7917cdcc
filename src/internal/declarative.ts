/**
 * Upgrade in place from declarative shadow DOM (the static HTML of `npx safety-elements html`): the
 * element's first render replaces the static copy instead of adding a second one, in the same task, so
 * nothing is painted in between (no duplicate, no layout shift). What the reader did before the script
 * arrived is kept: each `<details>` they opened is opened again and each box they ticked is ticked again
 * (by a click, so the element's own handlers see it as the reader's action).
 *
 * Chosen over Lit's hydration (`@lit-labs/ssr-client`): hydration needs the client's first render to
 * match the server's exactly, which "open now", browser detection and saved ticks do not, and it adds
 * its code to every bundle; this is a few hundred bytes and works for the quick exit too, which has no
 * Lit template.
 */
export function takeOverDeclarativeRoot(host: HTMLElement & { readonly updateComplete: Promise<boolean> }): void {
  const root = host.shadowRoot;
  if (!root?.firstChild) return;
  const opened = [...root.querySelectorAll('details')].map((d, i) => (d.open ? i : -1)).filter((i) => i >= 0);
  const key = (input: HTMLInputElement) => (input.id ? `#${input.id}` : `${input.name}=${input.value}`);
  const ticked = new Set(
    [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')]
      .filter((i) => i.checked)
      .map(key),
  );
  root.replaceChildren();
  if (!opened.length && !ticked.size) return;
  void host.updateComplete.then(() => {
    const details = [...root.querySelectorAll('details')];
    for (const i of opened) if (details[i] && !details[i]!.open) details[i]!.open = true;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]'))
      if (ticked.has(key(input)) && !input.checked) input.click();
  });
}
