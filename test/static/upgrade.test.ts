// Upgrade without a jump: an element that starts from its pre-rendered declarative shadow DOM (dist/html/)
// and then gets its script upgrades in place: one copy of its content, and what the reader ticked or
// opened before the script arrived is still ticked or open (src/internal/declarative.ts).
import { expect, waitUntil } from '@open-wc/testing';

const DSD_PARSE = typeof (Element.prototype as { setHTMLUnsafe?: unknown }).setHTMLUnsafe === 'function';

async function staticCopy(tag: string): Promise<{ box: HTMLElement; host: HTMLElement }> {
  const res = await fetch(`/dist/html/${tag}.england-wales.en.dsd.html`);
  expect(res.ok, 'run npm run build').to.equal(true);
  const box = document.createElement('main');
  document.body.append(box);
  (box as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(await res.text());
  const host = box.querySelector<HTMLElement>(tag)!;
  expect(customElements.get(tag), 'not yet defined').to.equal(undefined);
  expect(host.shadowRoot, 'declarative shadow root').to.exist;
  return { box, host };
}

const upgraded = async (host: HTMLElement) => {
  await waitUntil(() => (host as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'upgraded');
  await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};

describe('upgrade from declarative shadow DOM', function () {
  // The first test loads and compiles the element's modules (slow in Firefox and WebKitGTK under load).
  this.timeout(30000);
  let box: HTMLElement | undefined;
  afterEach(() => box?.remove());

  it('checklist: one copy after upgrade, and the boxes ticked before it stay ticked (and counted)', async function () {
    if (!DSD_PARSE) this.skip();
    const made = await staticCopy('safety-checklist');
    box = made.box;
    const boxes = () => [...made.host.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const count = boxes().length;
    expect(count).to.be.greaterThan(1);
    boxes()[0]!.click();
    boxes()[2]!.click();
    const ids = boxes()
      .filter((b) => b.checked)
      .map((b) => b.id);
    const headings = () => made.host.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length;
    const headingsBefore = headings();
    expect(headingsBefore).to.be.greaterThan(1);
    await import('../../src/components/checklist/safety-checklist.js');
    await upgraded(made.host);
    expect(boxes().length, 'no duplicate').to.equal(count);
    expect(made.host.shadowRoot!.querySelectorAll('[part~="base"], section').length).to.be.greaterThan(0);
    expect(headings(), 'no duplicate headings').to.equal(headingsBefore);
    await waitUntil(() => boxes().filter((b) => b.checked).length === ids.length, 'ticks restored');
    expect(
      boxes()
        .filter((b) => b.checked)
        .map((b) => b.id),
    ).to.deep.equal(ids);
    const progress = made.host.shadowRoot!.querySelector('[part~="progress"]');
    expect(progress, 'progress').to.not.equal(null);
    expect(progress!.textContent!.trim()).to.equal(`2 of ${count} steps done`);
  });

  it('online safety: one copy after upgrade, and a <details> opened before it stays open', async function () {
    if (!DSD_PARSE) this.skip();
    const made = await staticCopy('safety-online-safety');
    box = made.box;
    const details = () => [...made.host.shadowRoot!.querySelectorAll('details')];
    const headings = () => made.host.shadowRoot!.querySelectorAll('h1, h2, h3, h4').length;
    const before = headings();
    expect(details().length).to.be.greaterThan(0);
    details()[0]!.open = true;
    await import('../../src/components/online-safety/safety-online-safety.js');
    await upgraded(made.host);
    expect(headings(), 'no duplicate').to.equal(before);
    await waitUntil(() => details()[0]?.open === true, 'disclosure restored');
  });

  it('helpline directory: every card of the static copy is there in the first frame after upgrade', async function () {
    if (!DSD_PARSE) this.skip();
    const made = await staticCopy('safety-helpline-directory');
    box = made.box;
    const cards = () => made.host.shadowRoot!.querySelectorAll('[part="card"]').length;
    const before = cards();
    expect(before).to.be.greaterThan(6);
    await import('../../src/components/helpline-directory/safety-helpline-directory.js');
    const atFirstFrame = await new Promise<number>((done) => requestAnimationFrame(() => done(cards())));
    expect((made.host as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'upgraded by then').to.equal(true);
    expect(atFirstFrame, 'cards in the first frame').to.equal(before);
    await upgraded(made.host);
    expect(cards(), 'no duplicate').to.equal(before);
  });

  it('quick exit: the static copy is replaced by the live control (one link, one button)', async function () {
    if (!DSD_PARSE) this.skip();
    const made = await staticCopy('safety-quick-exit');
    box = made.box;
    await import('../../src/components/quick-exit/safety-quick-exit.js');
    await upgraded(made.host);
    expect(made.host.shadowRoot!.querySelectorAll('[part~="button"]').length).to.equal(1);
    expect(made.host.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
  });
});
