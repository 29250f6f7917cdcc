// The FOUR explainer's check mode (not among the pre-rendered files) made static through the same transform as
// `npx safety-elements html safety-four-explainer mode=check`: without script the check gives no answer, and its
// privacy line names a clear button that static HTML does not have, so the check is left out as a whole. Its own
// file: static-html.test.ts keeps its page free of defined elements.
import { expect, waitUntil } from '@open-wc/testing';
import { cleanDsd, toPlain } from '../../src/static/transform.js';
import '../../src/components/four-explainer/safety-four-explainer.js';

describe('static HTML of the FOUR check', () => {
  let box: HTMLElement | undefined;
  afterEach(() => box?.remove());

  it('the FOUR explainer in check mode, through the same transform as the command: the explainer without the check', async () => {
    const el = document.createElement('safety-four-explainer') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('mode', 'check');
    document.body.append(el);
    await el.updateComplete;
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part~="check"] input[type=checkbox]'));
    const dsd = `<safety-four-explainer mode="check"><template shadowrootmode="open">${el.shadowRoot!.innerHTML}</template></safety-four-explainer>`;
    el.remove();
    for (const html of [cleanDsd(dsd), toPlain(cleanDsd(dsd))]) {
      box = document.createElement('main');
      box.innerHTML = html;
      document.body.append(box);
      const roots: ParentNode[] = [box, ...[...box.querySelectorAll('template')].map((t) => t.content)];
      const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
      expect(all('input, button').length, 'controls').to.equal(0);
      expect(all('h2, h3').length, 'the explainer is still there').to.be.greaterThan(1);
      box.remove();
    }
  });
});
