// Data, phone links, validation and the "open now" logic of <safety-helpline-directory>, without the element.
import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  EMERGENCY,
  HELPLINES,
  helplineById,
  helplinesForNation,
  type Helpline,
  type Hours,
} from '../src/data/helplines.js';
import { SERVICE_NATION_VALUES } from '../src/internal/nation.js';
import { phoneProblem, smsHref, telHref } from '../src/internal/phone.js';
import { englandWalesBankHolidays, londonTime, openStatus } from '../src/components/helpline-directory/hours.js';
import { helplineProblem, readHelplines } from '../src/components/helpline-directory/validate.js';
import { captureWarnings } from './support/console.js';

describe('phone helpers', () => {
  it('builds +44 tel: links for UK numbers and keeps short codes as dialled', () => {
    expect(telHref('0808 802 0300')).to.equal('tel:+448088020300');
    expect(telHref('08 08 16 89 111')).to.equal('tel:+448081689111');
    expect(telHref('020 3866 4107')).to.equal('tel:+442038664107');
    expect(telHref('+44 (0)20 3866 4107')).to.equal('tel:+442038664107');
    expect(telHref('0800 555 111')).to.equal('tel:+44800555111');
    expect(telHref('999')).to.equal('tel:999');
    expect(telHref('101')).to.equal('tel:101');
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(telHref('18000')).to.equal('tel:18000');
    expect(telHref('+353 1 234 5678')).to.equal('tel:+35312345678');
  });

  it('builds sms: links with an encoded body', () => {
    expect(smsHref('60777', 'NCDV')).to.equal('sms:60777?body=NCDV');
    expect(smsHref('07860 077333')).to.equal('sms:+447860077333');
    expect(smsHref('999', 'a b&c')).to.equal('sms:999?body=a%20b%26c');
  });

  it('refuses impossible numbers with a reason, and gives no link for them', () => {
    for (const bad of [
      '',
      'call us',
      '0808 12',
      '0808 802 0300 0000',
      '12',
      '1234567',
      '+44 0808 802 0300',
      '+0 123',
      '0808-802-0300;ext',
      'javascript:alert(1)',
    ]) {
      expect(phoneProblem(bad), bad).to.be.a('string');
      expect(telHref(bad), bad).to.equal(undefined);
    }
    expect(phoneProblem(42)).to.be.a('string');
    for (const good of [
      '0808 802 0300',
      '01632 960 001',
      '0800 555 111',
      '(020) 3866-4107',
      '116 123',
      '60777',
      '+44 808 802 0300',
    ]) {
      expect(phoneProblem(good), good).to.equal(undefined);
    }
  });
});

describe('bundled helplines', () => {
  it('every entry passes the run-time validation and ids are unique', () => {
    for (const h of HELPLINES) expect(helplineProblem(h), h.id).to.equal(undefined);
    expect(new Set(HELPLINES.map((h) => h.id)).size).to.equal(HELPLINES.length);
  });

  // Numbers as the reference (uk-support-facts.md, section 1) prints them.
  const REFERENCE: Record<string, { phones?: string[]; texts?: string[]; free?: boolean }> = {
    'national-stalking-helpline': { phones: ['0808 802 0300'], free: true },
    paladin: { phones: ['020 3866 4107'] },
    'victim-support': { phones: ['08 08 16 89 111'], free: true },
    ncdv: { phones: ['0800 970 2070'], texts: ['60777'] },
    'national-domestic-abuse-helpline': { phones: ['0808 2000 247'], free: true },
    crimestoppers: { phones: ['0800 555 111'], free: true },
    samaritans: { phones: ['116 123'], free: true },
    'mens-advice-line': { phones: ['0808 801 0327'], free: true },
    galop: { phones: ['0800 999 5428'], free: true },
    'karma-nirvana': { phones: ['0800 5999 247'], free: true },
    'live-fear-free': { phones: ['0808 80 10 800'], texts: ['07860 077333'], free: true },
    'scotland-domestic-abuse-helpline': { phones: ['0800 027 1234'], free: true },
    'ni-domestic-sexual-abuse-helpline': { phones: ['0808 802 1414'], free: true },
    'rape-crisis-support-line': {},
    // Reference section 7 (issue 14): new services.
    // Its Free? cell is "free and confidential support": the support, not the call (as NCDV's service).
    'victim-support-scotland': { phones: ['0800 160 1985'] },
    'rape-crisis-scotland': { phones: ['08088 01 03 02'], free: true },
    'action-against-stalking': {},
    childline: { phones: ['0800 1111'], free: true },
  };

  it('ships exactly the confirmed services, with the reference numbers', () => {
    expect(HELPLINES.map((h) => h.id).sort()).to.deep.equal(Object.keys(REFERENCE).sort());
    for (const [id, ref] of Object.entries(REFERENCE)) {
      const h = helplineById(id)!;
      expect(h.phones?.map((p) => p.number) ?? [], id).to.deep.equal(ref.phones ?? []);
      expect(h.texts?.map((t) => t.number) ?? [], id).to.deep.equal(ref.texts ?? []);
      expect(h.phones?.every((p) => !!p.free === !!ref.free) ?? true, `${id} free`).to.equal(true);
    }
  });

  it('ships no UNCONFIRMED fact', () => {
    const all = JSON.stringify(HELPLINES);
    expect(all).not.to.contain('500 2222'); // Rape Crisis number, seen only in third-party code
    expect(all).not.to.contain('0282 887'); // Signpost
    expect(helplineById('karma-nirvana')!.hours, 'Karma Nirvana hours disagree').to.equal(undefined);
    expect(helplineById('paladin')!.hours).to.equal(undefined);
    expect(helplineById('ncdv')!.hours).to.equal(undefined);
    expect(helplineById('mens-advice-line')!.hours).to.equal(undefined);
    expect(helplineById('national-stalking-helpline')!.email).to.equal(undefined);
    expect(helplineById('national-stalking-helpline')!.nations, 'nations UNCONFIRMED').to.equal(undefined);
    expect(helplineById('national-domestic-abuse-helpline')!.webchat, 'chat hours UNCONFIRMED').to.equal(undefined);
    expect(helplineById('live-fear-free')!.email).to.equal(undefined);
  });

  it('gives each nation its own helpline and the national ones', () => {
    const ids = (n: (typeof SERVICE_NATION_VALUES)[number]) => helplinesForNation(n).map((h) => h.id);
    expect(ids('wales')).to.include.members(['live-fear-free', 'national-stalking-helpline', 'victim-support']);
    expect(ids('wales')).not.to.include.members(['scotland-domestic-abuse-helpline']);
    expect(ids('scotland')).to.include('scotland-domestic-abuse-helpline').and.not.include('paladin');
    expect(ids('northern-ireland')).to.include('ni-domestic-sexual-abuse-helpline').and.not.include('live-fear-free');
    expect(helplinesForNation('england', { includeUnstated: false }).map((h) => h.id)).not.to.include(
      'national-stalking-helpline',
    );
  });

  it('carries a source and date on every emergency fact', () => {
    expect(EMERGENCY.map((f) => f.number)).to.deep.equal(['999', '999', '18000', '999', '101']);
    for (const f of EMERGENCY) {
      expect(f.source).to.match(/^https:\/\//);
      expect(f.verifiedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the published JSON Schema lists the same categories, nations and required fields as the code', async () => {
    // The test server serves the file; the element itself never requests it.
    const schema = await (await fetch(new URL('../src/data/helplines.schema.json', import.meta.url))).json();
    const def = schema.$defs.helpline as {
      required: string[];
      properties: Record<string, { items: { enum: string[] } }>;
    };
    expect([...def.properties.categories!.items.enum].sort()).to.deep.equal([...CATEGORIES].sort());
    expect([...def.properties.nations!.items.enum].sort()).to.deep.equal([...SERVICE_NATION_VALUES].sort());
    const good = HELPLINES[0] as unknown as Record<string, unknown>;
    for (const field of def.required) {
      const copy = { ...good };
      delete copy[field];
      expect(helplineProblem(copy), field).to.be.a('string');
    }
  });
});

describe('site data validation', () => {
  const base = {
    id: 'local',
    name: 'Local',
    description: 'A local service.',
    phones: [{ number: '01632 960 001' }],
    categories: ['stalking'],
    source: 'https://example.org/',
    verifiedOn: '2026-10-01',
  };

  it('accepts a link exactly when the URL parser reads it as http or https (the quick check agrees with new URL)', () => {
    const links = [
      'https://example.org',
      'https://example.org/service/12?x=1#top',
      'HTTP://Example.ORG:8080/a',
      'https://sub.example-site.org.uk/path/with%20escape',
      'https://a..b.org/',
      'https://1.2.3.999/',
      'https://1.2.3.4/',
      'https://example.org:99999/',
      'https://exa mple.org/',
      'https://example.org/a b',
      'https:///example.org',
      'https://',
      'ftp://example.org/',
      'javascript:alert(1)',
      '//example.org/relative',
      ' https://example.org/ ',
      'https://xn--bcher-kva.example/',
      'https://bücher.example/',
      'https://-example.org/',
      'https://example.org\\path',
    ];
    for (const link of links) {
      let parsed = false;
      try {
        parsed = /^https?:$/.test(new URL(link.trim(), document.baseURI).protocol);
      } catch {
        // Not a URL.
      }
      expect(helplineProblem({ ...base, website: link }) === undefined, link).to.equal(parsed);
    }
  });
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['wrong type', { name: 42 }, /name/],
    ['missing field', { description: undefined }, /description/],
    ['bad id', { id: 'Not An Id' }, /id/],
    ['unknown category', { categories: ['cats'] }, /categories\[0\] "cats"/],
    ['unknown nation', { nations: ['france'] }, /nation/],
    ['impossible phone', { phones: [{ number: '0808 12' }] }, /possible phone/],
    ['letters in phone', { phones: [{ number: 'CALL-NOW' }] }, /cannot dial/],
    ['known wrong number', { phones: [{ number: '0800 2000 247' }] }, /0808 2000 247/],
    ['javascript: website', { website: 'javascript:alert(1)' }, /https or http/],
    ['data: webchat', { webchat: { url: 'data:text/html,<script>alert(1)</script>' } }, /https or http/],
    ['javascript: source', { source: 'javascript:alert(1)' }, /source/],
    ['bad email', { email: 'not-an-email' }, /email/],
    ['bad date', { verifiedOn: '2026-02-31' }, /verifiedOn/],
    ['bad hours', { hours: { mon: [['17:00', '09:00']] } }, /opening time/],
    ['unknown hours key', { hours: { monday: [['09:00', '17:00']] } }, /unknown key/],
    ['no way to get in touch', { phones: undefined }, /get in touch/],
  ];
  for (const [what, change, reason] of bad) {
    it(`leaves out an entry with ${what}, naming it and the reason in one warning`, () => {
      const entry = { ...base, ...change };
      let out: Helpline[] = [];
      const warnings = captureWarnings(() => {
        out = readHelplines([entry, { ...base, id: 'fine' }], 'test data');
      });
      expect(out.map((h) => h.id)).to.deep.equal(['fine']);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.match(reason)
        .and.contain('test data')
        .and.contain(typeof entry.id === 'string' ? entry.id : '#1');
    });
  }

  it('accepts { helplines: [...] }, refuses a non-list, and drops a repeated id', () => {
    const warnings = captureWarnings(() => {
      expect(readHelplines({ helplines: [base, base] }, 'x').length).to.equal(1);
      expect(readHelplines('nope', 'y')).to.deep.equal([]);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"local"').and.contain('earlier entry');
    expect(warnings[1]).to.contain('y is not a list');
  });
});

describe('open now (UK time)', () => {
  const NSH = helplineById('national-stalking-helpline')!.hours as Hours;
  const GALOP = helplineById('galop')!.hours as Hours;
  const ew = (d: string) => englandWalesBankHolidays(Number(d.slice(0, 4))).includes(d);
  const at = (iso: string, hours: Hours = NSH) => openStatus(hours, new Date(iso), ew);

  it('computes England and Wales bank holidays, substitute days included (gov.uk lists)', () => {
    expect(englandWalesBankHolidays(2021)).to.deep.equal([
      '2021-01-01',
      '2021-04-02',
      '2021-04-05',
      '2021-05-03',
      '2021-05-31',
      '2021-08-30',
      '2021-12-27',
      '2021-12-28',
    ]);
    expect(englandWalesBankHolidays(2026)).to.deep.equal([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(englandWalesBankHolidays(2027)).to.deep.equal([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('walks a week of the National Stalking Helpline (Mon–Fri 09:30–16:00, Wed from 13:00)', () => {
    // Monday 23 November 2026, GMT.
    expect(at('2026-11-23T09:29:00Z')).to.deep.equal({ kind: 'closed', inDays: 0, day: 0, at: '09:30' });
    expect(at('2026-11-23T09:30:00Z')).to.deep.equal({ kind: 'open', until: '16:00' });
    expect(at('2026-11-23T15:59:00Z')).to.deep.equal({ kind: 'open', until: '16:00' });
    expect(at('2026-11-23T16:00:00Z')).to.deep.equal({ kind: 'closed', inDays: 1, day: 1, at: '09:30' });
    expect(at('2026-11-25T10:00:00Z')).to.deep.equal({ kind: 'closed', inDays: 0, day: 2, at: '13:00' });
    expect(at('2026-11-25T13:00:00Z')).to.deep.equal({ kind: 'open', until: '16:00' });
    expect(at('2026-11-27T16:30:00Z')).to.deep.equal({ kind: 'closed', inDays: 3, day: 0, at: '09:30' });
    expect(at('2026-11-28T12:00:00Z')).to.deep.equal({ kind: 'closed', inDays: 2, day: 0, at: '09:30' });
    expect(at('2026-11-29T23:59:00Z')).to.deep.equal({ kind: 'closed', inDays: 1, day: 0, at: '09:30' });
  });

  it('skips bank holidays for a service closed on them, and says "check" for one whose bank-holiday hours are unknown', () => {
    // Christmas 2026: Friday 25 and Monday 28 are bank holidays; next opening Tuesday 29 at 09:30.
    expect(at('2026-12-24T17:00:00Z')).to.deep.equal({ kind: 'closed', inDays: 5, day: 1, at: '09:30' });
    expect(at('2026-12-28T10:00:00Z')).to.deep.equal({ kind: 'closed', inDays: 1, day: 1, at: '09:30' });
    expect(at('2026-12-28T10:00:00Z', GALOP)).to.deep.equal({ kind: 'bank-holiday' });
    expect(at('2026-12-29T10:00:00Z', GALOP)).to.deep.equal({ kind: 'open', until: '20:30' });
    // A site's own list replaces the rules (a one-off holiday).
    expect(openStatus(NSH, new Date('2026-11-23T10:00:00Z'), (d) => d === '2026-11-23')).to.deep.equal({
      kind: 'closed',
      inDays: 1,
      day: 1,
      at: '09:30',
    });
    // Dates a service lists itself.
    expect(
      at('2026-11-23T10:00:00Z', { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], closedOn: ['2026-11-23'] }),
    ).to.deep.equal({ kind: 'closed', inDays: 1, day: 1, at: '09:00' });
  });

  it('follows the spring clock change (BST from 01:00 UTC, 29 March 2026)', () => {
    // Monday 30 March 2026: 08:45 UTC is 09:45 in the UK.
    expect(at('2026-03-30T08:45:00Z')).to.deep.equal({ kind: 'open', until: '16:00' });
    expect(at('2026-03-30T15:30:00Z')).to.deep.equal({ kind: 'closed', inDays: 1, day: 1, at: '09:30' });
    // On the night itself, 01:00 UTC jumps from 00:59 GMT to 02:00 BST.
    const night: Hours = { sun: [['00:00', '02:00']] };
    expect(at('2026-03-29T00:59:00Z', night)).to.deep.equal({ kind: 'open', until: '02:00' });
    expect(at('2026-03-29T01:00:00Z', night)).to.deep.equal({ kind: 'closed', inDays: 7, day: 6, at: '00:00' });
  });

  it('follows the autumn clock change (GMT from 01:00 UTC, 25 October 2026)', () => {
    // Friday 23 October 2026 (BST): 08:45 UTC is 09:45. Monday 26 October (GMT): 09:15 UTC is 09:15.
    expect(at('2026-10-23T08:45:00Z')).to.deep.equal({ kind: 'open', until: '16:00' });
    expect(at('2026-10-26T09:15:00Z')).to.deep.equal({ kind: 'closed', inDays: 0, day: 0, at: '09:30' });
    const night: Hours = { sun: [['01:00', '02:00']] };
    // 00:30 UTC is 01:30 BST; 01:30 UTC is 01:30 GMT (the hour repeats): open both times.
    expect(at('2026-10-25T00:30:00Z', night)).to.deep.equal({ kind: 'open', until: '02:00' });
    expect(at('2026-10-25T01:30:00Z', night)).to.deep.equal({ kind: 'open', until: '02:00' });
    expect(at('2026-10-25T02:00:00Z', night).kind).to.equal('closed');
  });

  it('reads UK time whatever the reader’s own time zone', () => {
    // 23:30 on Monday in Los Angeles is 07:30 on Tuesday in London; 10:00 Tuesday in Auckland is 21:00 Monday in London.
    expect(londonTime(new Date('2026-11-23T23:30:00-08:00'))).to.deep.equal({
      date: '2026-11-24',
      day: 1,
      minutes: 450,
    });
    expect(at('2026-11-23T23:30:00-08:00')).to.deep.equal({ kind: 'closed', inDays: 0, day: 1, at: '09:30' });
    expect(at('2026-11-24T10:00:00+13:00')).to.deep.equal({ kind: 'closed', inDays: 1, day: 1, at: '09:30' });
    // Whatever this browser's zone is (run with TZ=America/Los_Angeles or Pacific/Auckland to see), the answers hold.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.a('string');
  });

  it("reads UK time as Intl's Europe/London does, around every clock change from 2020 to 2035", () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const byIntl = (t: number) => {
      const p: Record<string, string> = {};
      for (const { type, value } of intl.formatToParts(t)) p[type] = value;
      return `${p.year}-${p.month}-${p.day} ${Number(p.hour) * 60 + Number(p.minute)}`;
    };
    const ours = (t: number) => {
      const l = londonTime(new Date(t));
      return `${l.date} ${l.minutes}`;
    };
    let checked = 0;
    for (let year = 2020; year <= 2035; year++) {
      // Every 30 minutes through the last eight days of March and of October (each change is in there),
      // and the turn of the year.
      for (const [month, day] of [
        [2, 24],
        [9, 24],
        [11, 31],
      ] as const) {
        const from = Date.UTC(year, month, day);
        for (let t = from; t < from + 8 * 864e5; t += 30 * 6e4) {
          expect(ours(t), new Date(t).toISOString()).to.equal(byIntl(t));
          checked++;
        }
      }
    }
    expect(checked).to.equal(16 * 3 * 8 * 48);
  });

  it('is always open for 24/7 and unknown without hours', () => {
    expect(at('2026-12-25T03:00:00Z', '24/7')).to.deep.equal({ kind: 'always' });
    expect(openStatus(undefined, new Date(), ew)).to.deep.equal({ kind: 'unknown' });
  });
});
