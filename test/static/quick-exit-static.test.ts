// The quick exit's static form (src/components/quick-exit/quick-exit.static.ts): the element's own order of
// strings (language table, `strings`, `label`), a safe destination, and a hint that matches the page: no
// shortcut without script; the live hint from the start where the script will upgrade it in place.
import { expect } from '@open-wc/testing';
import { quickExitStatic } from '../../src/components/quick-exit/quick-exit.static.js';
import { DEFAULT_DESTINATION } from '../../src/components/quick-exit/quick-exit.component.js';
import { en as quickExitEn } from '../../src/components/quick-exit/quick-exit.strings.js';
import cy from '../../src/components/quick-exit/quick-exit.strings.cy.js';
import { captureWarnings } from '../support/console.js';

const en = quickExitEn;

/** The rendered markup's parts, read by the browser's own parser. */
function read(markup: string) {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const host = doc.querySelector('safety-quick-exit')!;
  const root = host.querySelector('template')!.content;
  const button = root.querySelector<HTMLAnchorElement>('[part="button"]')!;
  const hint = root.querySelector<HTMLElement>('[part="hint"]')!;
  const child = host.querySelector<HTMLAnchorElement>(':scope > a')!;
  return {
    button: button.textContent!,
    href: button.getAttribute('href'),
    hint: hint.textContent!,
    hintHidden: hint.hasAttribute('hidden'),
    child: child.textContent!,
    childHref: child.getAttribute('href'),
    childRel: child.rel,
  };
}

describe('quick exit, static form', () => {
  it('with no script: the default label and destination, a noreferrer link, and a hint that says there is no shortcut', () => {
    const r = read(quickExitStatic({}));
    expect(r.button).to.equal(en.label);
    expect(r.href).to.equal(DEFAULT_DESTINATION);
    expect(r.childHref).to.equal(DEFAULT_DESTINATION);
    expect(r.childRel).to.contain('noreferrer');
    expect(r.hint).to.equal(en.noShortcut);
    expect(r.hintHidden).to.equal(false);
  });

  it('with the script: the live hint, Escape when shortcut="escape", hidden when shortcut="none"', () => {
    expect(read(quickExitStatic({}, undefined, { withScript: true })).hint).to.equal(en.hint);
    expect(read(quickExitStatic({ shortcut: ' Escape ' }, undefined, { withScript: true })).hint).to.equal(
      en.hintEscape,
    );
    const none = read(quickExitStatic({ shortcut: 'none' }, undefined, { withScript: true }));
    expect(none.hintHidden).to.equal(true);
  });

  it('strings, then label, on top of the language table; a site hint wins over the Escape hint', () => {
    const r = read(
      quickExitStatic(
        {
          strings: JSON.stringify({ label: 'Hide page', hint: 'Press Esc', nonsense: 'x', exitTitle: '  ' }),
          shortcut: 'escape',
        },
        undefined,
        { withScript: true },
      ),
    );
    expect(r.button).to.equal('Hide page');
    expect(r.hint).to.equal('Press Esc');
    expect(read(quickExitStatic({ strings: '{"label":"Hide page"}', label: 'Leave now' })).button).to.equal(
      'Leave now',
    );
    const welsh = read(quickExitStatic({}, cy));
    expect(welsh.button).to.equal(cy.strings.label);
    expect(welsh.hint).to.equal(cy.strings.noShortcut);
  });

  it("the same name as the element's: the emergency words after a comma, no inherited keys, no blank label", () => {
    // The element reads "Leave this site, Emergency" (quick-exit.component.ts, the button's suffix).
    expect(read(quickExitStatic({ strings: '{"emergencyPrefix":" Emergency "}' })).button).to.equal(
      `${en.label}, Emergency`,
    );
    expect(read(quickExitStatic({ strings: '{"toString":"x","constructor":"y"}' })).button).to.equal(en.label);
    expect(read(quickExitStatic({ label: '   ' })).button).to.equal(en.label);
    // A blank label falls back to the language's own, as on the element, not to the strings attribute's.
    expect(read(quickExitStatic({ label: '', strings: '{"label":"Exit"}' })).button).to.equal(en.label);
    expect(read(quickExitStatic({ strings: '{"label":"Exit"}' })).button).to.equal('Exit');
  });

  it('broken strings JSON and an unsafe or blank href fall back to the defaults; markup in values is text', () => {
    expect(read(quickExitStatic({ strings: '{not json' })).button).to.equal(en.label);
    let r!: ReturnType<typeof read>;
    captureWarnings(() => (r = read(quickExitStatic({ href: 'javascript:alert(1)', label: '<b>Go</b>' }))));
    expect(r.href).to.equal(DEFAULT_DESTINATION);
    expect(r.button).to.equal('<b>Go</b>');
    expect(read(quickExitStatic({ href: 'https://www.bbc.co.uk/weather' })).href).to.equal(
      'https://www.bbc.co.uk/weather',
    );
  });
});
