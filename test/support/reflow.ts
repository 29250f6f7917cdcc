/**
 * A 320 × 640 CSS px viewport in every engine: an iframe of that size (its own viewport, so media
 * queries and `vw` follow it), for the reflow checks (WCAG 1.4.10: 1280 px at 400% zoom). WebKit's
 * WebDriver runner cannot resize the window, so `setViewport` is not used.
 */
export interface Frame<E extends HTMLElement> {
  el: E;
  doc: Document;
  /** Fails (returns names) for anything wider than the frame or scrolling sideways. */
  overflow(selectors: string): string[];
  remove(): void;
}

export async function in320Frame<E extends HTMLElement>(
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): Promise<Frame<E>> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:320px;height:640px;border:0;display:block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const url = new URL('../fixtures/reflow-320.html', import.meta.url);
  url.searchParams.set('element', tag.replace(/^safety-/, ''));
  frame.src = url.href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined(tag);
  const el = doc.createElement(tag) as E;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties);
  doc.body.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return {
    el,
    doc,
    overflow(selectors) {
      const width = doc.documentElement.clientWidth;
      const wide: string[] = [];
      if (width > 320) wide.push(`viewport ${width}`);
      if (doc.documentElement.scrollWidth > width)
        wide.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${width}`);
      for (const node of [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>(selectors)]) {
        const r = node.getBoundingClientRect();
        const name = `${node.tagName.toLowerCase()}[part=${node.getAttribute('part') ?? ''}]`;
        if (r.width && r.right > width + 0.5) wide.push(`${name} right ${r.right}`);
        if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
          wide.push(`${name} scrolls sideways`);
      }
      return wide;
    },
    remove: () => frame.remove(),
  };
}
