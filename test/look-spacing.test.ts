// WCAG 2.2 SC 1.4.12 Text Spacing (AA): with line height 1.5, paragraph spacing 2, letter spacing 0.12 and
// word spacing 0.16 (each times the font size), no content or function is lost. Readers get there with a
// bookmarklet or an extension's style sheet; here the same rules go into the page and into every shadow
// root (a tool that reaches only the page would change less). Every element in its main states, on a
// 360 px phone and a 1280 px window, in English and Welsh (longer words), every engine.
import { expect, waitUntil } from '@open-wc/testing';
import { settle, shadow } from './dist/host.js';
import { engine, openLookPage, type Upgradable } from './support/look.js';

const SPACING =
  '*{line-height:1.5!important;letter-spacing:0.12em!important;word-spacing:0.16em!important}' +
  'p{margin-bottom:2em!important}';

function addSpacing(root: Document | ShadowRoot) {
  // The page is in a frame: its Document is another realm's, so `instanceof` cannot tell.
  const isDocument = root.nodeType === Node.DOCUMENT_NODE;
  const doc = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const style = doc.createElement('style');
  style.textContent = SPACING;
  (isDocument ? doc.head : root).append(style);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) addSpacing(el.shadowRoot);
}

/** The boxes of an element's own text (not its children's), in viewport coordinates. */
function ownTextRects(el: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) rects.push(r);
  }
  return rects;
}

const label = (el: Element) =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/** Lost content: text clipped by a box that hides its overflow, text drawn over other text, a page that scrolls sideways. */
function lostContent(host: { doc: Document }, els: Upgradable[]): string[] {
  const found: string[] = [];
  const doc = host.doc;
  if (doc.documentElement.scrollWidth > doc.documentElement.clientWidth + 1)
    found.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${doc.documentElement.clientWidth}`);
  for (const el of els) {
    const texts: { el: Element; rect: DOMRect }[] = [];
    const walk = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) walk(node.shadowRoot);
        const style = getComputedStyle(node);
        // Not drawn: inside a closed <details> or a hidden ancestor (each engine has checkVisibility now).
        if (!node.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
        const box = node.getBoundingClientRect();
        // Text for screen readers only (1 px, or clipped away on purpose) is not content that is lost.
        if (box.width <= 1 || box.height <= 1 || style.clipPath !== 'none') continue;
        const clips = (v: string) => v !== 'visible';
        if (clips(style.overflowX) && node.scrollWidth > node.clientWidth + 1)
          found.push(
            `<${el.localName}> [${el.dataset.state}] ${label(node)} clips sideways: ${node.scrollWidth} > ${node.clientWidth}`,
          );
        if (clips(style.overflowY) && node.scrollHeight > node.clientHeight + 1)
          found.push(
            `<${el.localName}> [${el.dataset.state}] ${label(node)} clips: ${node.scrollHeight} > ${node.clientHeight}`,
          );
        for (const rect of ownTextRects(node)) {
          texts.push({ el: node, rect });
          if (rect.right > doc.documentElement.clientWidth + 1)
            found.push(
              `<${el.localName}> [${el.dataset.state}] ${label(node)} runs off the page: ${Math.round(rect.right)}`,
            );
        }
      }
    };
    walk(shadow(el));
    // Text drawn over other text: two lines' boxes that overlap by more than 2 px each way.
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 2 && y > 2 && a.el !== b.el && !a.el.contains(b.el) && !b.el.contains(a.el))
          found.push(
            `<${el.localName}> [${el.dataset.state}] ${label(a.el)} overlaps ${label(b.el)} (${Math.round(x)}x${Math.round(y)})`,
          );
      }
    });
  }
  return found;
}

describe('look: text spacing (WCAG 2.2 SC 1.4.12)', function () {
  this.timeout(120000);

  for (const width of [360, 1280]) {
    for (const lang of ['en', 'cy']) {
      it(`${width} px, ${lang}: no text clipped, overlapping or off the page`, async () => {
        const { host, els } = await openLookPage('', width);
        try {
          if (lang === 'cy') {
            host.doc.documentElement.lang = 'cy';
            // Each element loads its Welsh table on demand: wait for it, not for a fixed time.
            const checklist = els.find((e) => e.localName === 'safety-checklist')!;
            // Up to 5 s, as the other Welsh waits: WebKit under CI's load once took more than the default 1 s.
            await waitUntil(() => shadow(checklist).textContent!.includes('Fy nghynllun diogelwch'), 'Welsh loaded', {
              timeout: 5000,
            });
            for (const el of els) await el.updateComplete;
          }
          addSpacing(host.doc);
          await settle(host.win);
          host.frame.style.height = `${host.doc.documentElement.scrollHeight + 20}px`;
          await settle(host.win);
          const lost = lostContent(host, els);
          console.log(`[look] text spacing ${engine} ${width} ${lang}: ${lost.length} problems`);
          expect(lost).to.deep.equal([]);
          // The check finds lost text: a box of fixed height that hides what does not fit.
          const probe = host.doc.createElement('div') as unknown as Upgradable;
          probe.dataset.state = 'probe';
          probe.attachShadow({ mode: 'open' }).innerHTML =
            '<p style="height:1.2em;overflow:hidden;margin:0">A sentence long enough to need two lines or more here, ' +
            'even on a wide screen, once its words are spaced out for reading.</p><p style="margin-top:-3em">Drawn over.</p>';
          host.doc.body.append(probe);
          addSpacing(probe.shadowRoot!);
          const caught = lostContent(host, [probe]).join('\n');
          expect(caught).to.contain('clips');
          expect(caught).to.contain('overlaps');
        } finally {
          host.remove();
        }
      });
    }
  }
});
