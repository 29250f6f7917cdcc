import { expect } from '@open-wc/testing';
import { ReactiveElement } from '@lit/reactive-element';
import { define } from '../src/internal/define.js';
import { property, state } from '../src/internal/decorators.js';
import { safeUrl } from '../src/internal/url.js';
import { shortAddress, siteName } from '../src/internal/web-link.js';
import { format, formatParts, stringsFor } from '../src/internal/strings.js';
import { headingLevelOf } from '../src/internal/heading.js';
import { captureWarnings } from './support/console.js';

describe('internal: define()', () => {
  it('registers a tag once and skips a second definition without throwing', () => {
    class First extends HTMLElement {
      static safetyVersion = '0.1.0';
    }
    class Second extends HTMLElement {
      static safetyVersion = '0.1.0';
    }
    define('safety-test-define-a', First);
    const warnings = captureWarnings(() => define('safety-test-define-a', Second));
    expect(customElements.get('safety-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns once for the whole library (not once per tag), naming both versions, when another version defined the tags first', () => {
    class Old extends HTMLElement {
      static safetyVersion = '0.0.1';
    }
    class OldToo extends HTMLElement {
      static safetyVersion = '0.0.1';
    }
    class Ours extends HTMLElement {}
    class OursToo extends HTMLElement {}
    define('safety-test-define-b', Old);
    define('safety-test-define-b2', OldToo);
    const warnings = captureWarnings(() => {
      define('safety-test-define-b', Ours);
      define('safety-test-define-b2', OursToo);
      define('safety-test-define-b', Ours);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<safety-test-define-b>').and.contain('0.0.1');
    expect(customElements.get('safety-test-define-b')).to.equal(Old);
    expect(customElements.get('safety-test-define-b2')).to.equal(OldToo);
  });

  it('if customElements.define throws for one tag, warns naming it and the next tags still register', () => {
    class Ok extends HTMLElement {}
    let result: unknown;
    const warnings = captureWarnings(() => {
      // An invalid name makes the browser's define() throw (a SyntaxError), as a host's broken registry patch would.
      define('Not-A-Valid-Name', class extends HTMLElement {});
      result = define('safety-test-define-c', Ok);
    });
    expect(result).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<Not-A-Valid-Name>').and.contain('could not be registered');
    expect(customElements.get('safety-test-define-c')).to.equal(Ok);
  });
});

describe('internal: safeUrl()', () => {
  it('accepts https, http, tel, sms and mailto, and resolves relative URLs', () => {
    expect(safeUrl('https://example.org/a', { source: 't' })).to.equal('https://example.org/a');
    expect(safeUrl('http://example.org/', { source: 't' })).to.equal('http://example.org/');
    expect(safeUrl('tel:+448088020300', { source: 't' })).to.equal('tel:+448088020300');
    expect(safeUrl('sms:60777', { source: 't' })).to.equal('sms:60777');
    expect(safeUrl('mailto:help@example.org', { source: 't' })).to.equal('mailto:help@example.org');
    expect(safeUrl('/neutral', { source: 't' })).to.equal(new URL('/neutral', document.baseURI).href);
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'blob:https://a/b',
    'file:///etc/passwd',
    'vbscript:x',
  ]) {
    it(`refuses ${JSON.stringify(bad)} with a warning naming the source`, () => {
      let result: string | undefined = 'unset';
      const warnings = captureWarnings(() => {
        result = safeUrl(bad, { source: '<safety-x> entry "abc"' });
      });
      expect(result).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<safety-x> entry "abc"');
    });
  }

  it('honours a narrower allow-list', () => {
    const warnings = captureWarnings(() => {
      expect(safeUrl('tel:999', { source: 't', allow: ['https:', 'http:'] })).to.equal(undefined);
    });
    expect(warnings).to.have.length(1);
  });

  it('treats empty input as "not given" without a warning', () => {
    const warnings = captureWarnings(() => {
      expect(safeUrl('', { source: 't' })).to.equal(undefined);
      expect(safeUrl(null, { source: 't' })).to.equal(undefined);
    });
    expect(warnings).to.have.length(0);
  });
});

describe('internal: siteName() and shortAddress(), the one way a link shows its address', () => {
  it('drop the scheme, "www." and a closing slash; keep the path only in shortAddress', () => {
    expect(siteName('https://www.refuge.org.uk/help')).to.equal('refuge.org.uk');
    expect(siteName('http://gov.wales')).to.equal('gov.wales');
    expect(shortAddress('https://www.gov.uk/guidance/stalking/')).to.equal('gov.uk/guidance/stalking');
    expect(shortAddress('https://www.paladinservice.co.uk/')).to.equal('paladinservice.co.uk');
    expect(shortAddress('https://example.org/a?b=1#c')).to.equal('example.org/a');
  });
});

describe('internal: strings', () => {
  it('formats placeholders and leaves unknown ones', () => {
    expect(format('press {count} more {unit}', { count: 2 })).to.equal('press 2 more {unit}');
  });

  it('formatParts puts values (text or templates) in place and leaves unknown placeholders', () => {
    const link = { kind: 'link' };
    expect(formatParts('Call {number} or {other}.', { number: link })).to.deep.equal([
      'Call ',
      link,
      ' or ',
      '{other}',
      '.',
    ]);
  });

  it('picks the table from the nearest lang and falls back to English per key', () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy-GB';
    const el = document.createElement('span');
    wrapper.append(el);
    document.body.append(wrapper);
    const strings = stringsFor(el, { en: { a: 'A', b: 'B' }, cy: { a: 'Ah' } });
    expect(strings).to.deep.equal({ a: 'Ah', b: 'B' });
    wrapper.remove();
  });

  it('reads heading levels 1 to 6 and warns once (naming the value) for anything else, using 2', () => {
    const warnings = captureWarnings(() => {
      expect(headingLevelOf('<safety-x>', '1')).to.equal(1);
      expect(headingLevelOf('<safety-x>', 4)).to.equal(4);
      expect(headingLevelOf('<safety-x>', '9')).to.equal(2);
      expect(headingLevelOf('<safety-x>', 'nonsense')).to.equal(2);
      expect(headingLevelOf('<safety-x>', '2.5')).to.equal(2);
      expect(headingLevelOf('<safety-x>', '9')).to.equal(2);
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('heading-level="9"').and.contain('1 to 6').and.contain('using 2');
  });
});

describe('internal: the legacy-only @property and @state (decorators.ts)', () => {
  class DecoratedHost extends ReactiveElement {
    @property({ attribute: 'my-value', reflect: true }) myValue = 'start';
    @property({ type: Number }) count = 0;
    @state() private clicks = 0;
    private stored = '';
    @property() get wrapped(): string {
      return this.stored;
    }
    set wrapped(v: string) {
      this.stored = v.toUpperCase();
    }
    updates = 0;
    bump(): void {
      this.clicks++;
    }
    protected override update(changed: Map<PropertyKey, unknown>): void {
      super.update(changed);
      this.updates++;
    }
  }
  customElements.define('decorated-host', DecoratedHost);

  it('read attributes (named, converted), reflect, update on state, and wrap a decorated accessor as Lit does', async () => {
    const el = document.createElement('decorated-host') as DecoratedHost;
    el.setAttribute('count', '7');
    document.body.append(el);
    await el.updateComplete;
    expect(el.count).to.equal(7);
    expect(el.getAttribute('my-value')).to.equal('start');
    el.setAttribute('my-value', 'from attribute');
    expect(el.myValue).to.equal('from attribute');
    el.myValue = 'set';
    await el.updateComplete;
    expect(el.getAttribute('my-value')).to.equal('set');
    const before = el.updates;
    el.bump();
    await el.updateComplete;
    expect(el.updates, 'a state change updates').to.equal(before + 1);
    expect(el.hasAttribute('clicks'), 'state has no attribute').to.equal(false);
    el.setAttribute('wrapped', 'abc');
    expect(el.wrapped, "the accessor's own setter ran").to.equal('ABC');
    const n = el.updates;
    el.wrapped = 'x';
    await el.updateComplete;
    expect(el.updates, 'setting the accessor updates').to.equal(n + 1);
    el.remove();
  });
});
