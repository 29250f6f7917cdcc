// Host page 2: a GOV.UK Frontend page (the govuk-frontend dev dependency's own dist CSS and JS) with our
// elements among its components. Compared with the same page without our elements (host-govuk-bare).
import { expect } from '@open-wc/testing';
import { type Host, TAGS, backgroundBehind, contrast, expectAllWorking, loadHost, part, settle, shadow, whenUpgraded } from './host.js';

const GOV_SELECTORS = ['#gov-h1', '#gov-body', '#gov-button', '.govuk-header', '.govuk-skip-link', '.govuk-accordion__section-button', '.govuk-details__summary', '.govuk-tabs__tab', '.govuk-label', '.govuk-input'];
const PROPS = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'padding-top', 'padding-left', 'margin-bottom', 'border-top-width', 'border-top-color', 'box-shadow', 'display', 'width'];

async function govukReady(host: Host) {
  await new Promise<void>((resolve, reject) => {
    const t0 = Date.now();
    const poll = () => (host.win.__govukReady ? resolve() : Date.now() - t0 > 5000 ? reject(new Error('GOV.UK Frontend did not start')) : setTimeout(poll, 20));
    poll();
  });
  await settle(host.win);
}

function govStyles(host: Host) {
  return Object.fromEntries(
    GOV_SELECTORS.map((sel) => {
      const el = host.doc.querySelector(sel)!;
      const cs = host.win.getComputedStyle(el);
      return [sel, Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]))];
    }),
  );
}

/** GOV.UK's JavaScript did its work: the accordion has its "Show all" control and opens, the tabs switch. */
async function govBehaviour(host: Host) {
  const showAll = host.doc.querySelector<HTMLButtonElement>('.govuk-accordion__show-all');
  expect(showAll, 'accordion initialised').to.exist;
  const section = host.doc.querySelector('.govuk-accordion__section')!;
  expect(section.classList.contains('govuk-accordion__section--expanded')).to.equal(false);
  (host.doc.querySelector('.govuk-accordion__section-button') as HTMLElement).click();
  expect(section.classList.contains('govuk-accordion__section--expanded')).to.equal(true);
  const tabTwo = host.doc.querySelector<HTMLAnchorElement>('a.govuk-tabs__tab[href="#tab-two"]')!;
  tabTwo.click();
  await settle(host.win);
  expect(host.doc.querySelector('#tab-two')!.classList.contains('govuk-tabs__panel--hidden')).to.equal(false);
  expect(host.doc.querySelector('#tab-one')!.classList.contains('govuk-tabs__panel--hidden')).to.equal(true);
  const details = host.doc.querySelector<HTMLDetailsElement>('#gov-details')!;
  (details.querySelector('summary') as HTMLElement).click();
  expect(details.open).to.equal(true);
  return { showAll: showAll!.textContent!.trim() };
}

describe('host page 2: a GOV.UK Frontend page', () => {
  let bare: Host;
  let ours: Host;
  let sessionKeys: string[];
  beforeEach(async () => {
    sessionKeys = Object.keys(sessionStorage);
    bare = await loadHost('/test/fixtures/host-govuk-bare.html', { width: 1024, height: 700 });
    ours = await loadHost('/test/fixtures/host-govuk.html', { width: 1024, height: 700 });
    await govukReady(bare);
    await govukReady(ours);
    await whenUpgraded(ours);
  });
  afterEach(() => {
    bare.remove();
    ours.remove();
    // GOV.UK's accordion remembers open sections in sessionStorage (shared with this same-origin runner).
    for (const k of Object.keys(sessionStorage)) if (!sessionKeys.includes(k)) sessionStorage.removeItem(k);
  });

  it('on a GOV.UK page, the only storage written is GOV.UK’s own accordion memory, not ours', async () => {
    await govBehaviour(ours);
    await expectAllWorking(ours);
    const written = Object.keys(ours.win.sessionStorage).filter((k) => !sessionKeys.includes(k));
    // GOV.UK Frontend's accordion stores its open sections unless data-remember-expanded="false":
    // a trace a support site should switch off (README). Nothing else may appear.
    expect(written.every((k) => k.startsWith('gov-accordion')), written.join(', ')).to.equal(true);
    expect(written.length).to.be.greaterThan(0);
    expect(Object.keys(ours.win.localStorage).filter((k) => !k.startsWith('gov-'))).to.deep.equal(Object.keys(localStorage).filter((k) => !k.startsWith('gov-')));
    expect(ours.doc.cookie).to.equal('');
  });

  it('GOV.UK components look the same with our elements on the page', () => {
    const without = govStyles(bare);
    expect(without['#gov-button']!['background-color']).to.not.equal('rgba(0, 0, 0, 0)'); // GOV.UK's CSS did load
    expect(govStyles(ours)).to.deep.equal(without);
    expect(ours.doc.body.classList.contains('govuk-frontend-supported')).to.equal(true);
  });

  it('GOV.UK’s JavaScript components work the same with our elements on the page', async () => {
    const a = await govBehaviour(bare);
    const b = await govBehaviour(ours);
    expect(b).to.deep.equal(a);
  });

  it('our elements upgrade, work, keep their own look and take the page’s font', async () => {
    await expectAllWorking(ours);
    const bodyFont = ours.win.getComputedStyle(ours.doc.body).fontFamily;
    // GOV.UK Frontend sets its font on its own classes, not on <body>: our elements inherit the body's
    // font; a GOV.UK site sets --safety-font-family to its font stack (README, theming).
    for (const tag of TAGS) {
      const el = ours.doc.querySelector(tag)!;
      const text = shadow(el).querySelector('h2, h3, p, legend, label, [part~="button"]')!;
      expect(ours.win.getComputedStyle(text).fontFamily, `${tag} inherits the page font`).to.equal(bodyFont);
    }
    const button = part(ours.doc.querySelector('safety-quick-exit')!, 'button')!;
    const cs = ours.win.getComputedStyle(button);
    expect(cs.backgroundColor).to.equal('rgb(177, 14, 30)');
    expect(contrast(cs.color, backgroundBehind(button))).to.be.at.least(4.5);
    expect(ours.record.errors).to.deep.equal([]);
    expect(ours.record.consoleErrors).to.deep.equal([]);
  });

  it('GOV.UK’s keyboard focus style and ours do not leak into each other', async () => {
    // GOV.UK's focus colour is yellow on its own links; ours keeps its own ring inside the shadow root.
    const govLink = ours.doc.querySelector<HTMLAnchorElement>('.govuk-header__homepage-link')!;
    govLink.focus();
    await settle(ours.win);
    const govFocus = ours.win.getComputedStyle(govLink).backgroundColor;
    govLink.blur();
    const bareLink = bare.doc.querySelector<HTMLAnchorElement>('.govuk-header__homepage-link')!;
    bareLink.focus();
    await settle(bare.win);
    expect(govFocus).to.equal(bare.win.getComputedStyle(bareLink).backgroundColor);
  });
});
