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

  it('the compact layout: without script its words are text and every meaning is shown (no button that does nothing)', async () => {
    const el = document.createElement('safety-four-explainer') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('layout', 'compact');
    document.body.append(el);
    await el.updateComplete;
    const dsd = `<safety-four-explainer layout="compact"><template shadowrootmode="open">${el.shadowRoot!.innerHTML}</template></safety-four-explainer>`;
    el.remove();
    // Read from the template, not attached: the element defined on this page would render its own copy.
    const form = (withScript: boolean) => {
      const holder = document.createElement('div');
      holder.innerHTML = cleanDsd(dsd, { withScript });
      return holder.querySelector('template')!.content;
    };
    const shadow = form(false);
    expect(shadow.querySelectorAll('button').length, 'buttons').to.equal(0);
    const panels = [...shadow.querySelectorAll<HTMLElement>('.compact-panel')];
    expect(panels.length).to.equal(4);
    for (const p of panels) expect(p.hasAttribute('hidden'), p.id).to.equal(false);
    expect([...shadow.querySelectorAll('[part~="sentence"] strong')].map((n) => n.textContent)).to.deep.equal([
      'Fixated',
      'Obsessive',
      'Unwanted',
      'Repeated',
    ]);
    // With the script on the page the buttons stay, so that nothing moves as it upgrades.
    expect(form(true).querySelectorAll('button').length).to.equal(4);
  });
});
