import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/helpline-directory/safety-helpline-directory.js';

interface Args {
  src: string;
  include: string;
  exclude: string;
  nation: string;
  'key-services': string;
  categories: string;
  'local-first': boolean;
  'no-bundled': boolean;
  'no-emergency': boolean;
  'no-filters': boolean;
  layout: '' | 'list' | 'compact';
  'heading-level': number;
  heading: string;
  strings: string;
  'bank-holidays': string;
  /** Story-only: a fixed UK time for "Open now" (ISO); empty uses the real clock. */
  fixedTime: string;
}

/** A site's own service, as it would come from its JSON (dummy numbers from Ofcom's drama range). */
const LOCAL = [
  {
    id: 'anytown-domestic-abuse-service',
    name: 'Anytown Domestic Abuse Service',
    operator: 'Anytown Council',
    description: 'Local advocates for anyone affected by domestic abuse or stalking in Anytown.',
    phones: [{ number: '01632 960 001', label: 'Duty line' }],
    email: 'help@example.org',
    website: 'https://example.org/domestic-abuse',
    hours: {
      mon: [['09:00', '17:00']],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '16:30']],
      bankHolidays: 'closed',
    },
    nations: ['england'],
    categories: ['domestic-abuse', 'stalking'],
    source: 'https://example.org/domestic-abuse',
    verifiedOn: '2026-10-01',
  },
];

/** Entries with mistakes: each is left out with one console warning; the valid one shows. */
const BAD = [
  { ...LOCAL[0], id: 'old-number', name: 'Uses an outdated number', phones: [{ number: '0808 202 0300' }] },
  { ...LOCAL[0], id: 'unsafe-link', name: 'Unsafe link', website: 'javascript:alert(1)' },
  { ...LOCAL[0], id: 'impossible-phone', name: 'Impossible phone', phones: [{ number: '0808 12' }] },
  { ...LOCAL[0], id: 'no-categories', categories: [] },
  { ...LOCAL[0], id: 'still-fine', name: 'A valid local entry' },
];

const render = (args: Args, helplines?: unknown[], light: unknown = nothing) => html`<safety-helpline-directory
  src=${ifDefined(args.src || undefined)}
  include=${ifDefined(args.include || undefined)}
  exclude=${ifDefined(args.exclude || undefined)}
  nation=${ifDefined(args.nation || undefined)}
  key-services=${ifDefined(args['key-services'] || undefined)}
  categories=${ifDefined(args.categories || undefined)}
  ?local-first=${args['local-first']}
  ?no-bundled=${args['no-bundled']}
  ?no-emergency=${args['no-emergency']}
  ?no-filters=${args['no-filters']}
  layout=${ifDefined(args.layout || undefined)}
  heading-level=${args['heading-level']}
  heading=${ifDefined(args.heading || undefined)}
  strings=${ifDefined(args.strings || undefined)}
  bank-holidays=${ifDefined(args['bank-holidays'] || undefined)}
  .helplines=${helplines}
  .clock=${args.fixedTime ? () => new Date(args.fixedTime) : () => new Date()}
  >${light}</safety-helpline-directory
>`;

const meta: Meta<Args> = {
  title: 'Elements/Helpline directory',
  component: 'safety-helpline-directory',
  args: {
    src: '',
    include: '',
    exclude: '',
    nation: 'england-wales',
    'key-services': '',
    categories: '',
    'local-first': false,
    'no-bundled': false,
    'no-emergency': false,
    'no-filters': false,
    layout: '',
    'heading-level': 2,
    heading: '',
    strings: '',
    'bank-holidays': '',
    fixedTime: '',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of site JSON (the only request the element can make)' },
    include: { control: 'text', description: 'ids, e.g. "samaritans paladin"' },
    exclude: { control: 'text' },
    nation: {
      control: 'select',
      options: ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'],
      description: "The reader's nation: its own 24/7 lines first, other nations' services last (replaces `nations`)",
    },
    'key-services': {
      control: 'text',
      description:
        'ids of the lines shown first, e.g. "national-stalking-helpline samaritans"; empty: the nation\'s key lines',
    },
    categories: { control: 'text', description: 'e.g. "stalking domestic-abuse"' },
    'local-first': { control: 'boolean' },
    'no-bundled': { control: 'boolean' },
    'no-emergency': { control: 'boolean' },
    'no-filters': { control: 'boolean' },
    layout: {
      control: 'inline-radio',
      options: ['', 'list', 'compact'],
      description: 'empty: compact under 600 px, else list',
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    heading: { control: 'text' },
    strings: { control: 'text', description: 'JSON, e.g. {"call":"Ring {number}"}' },
    'bank-holidays': { control: 'text', description: 'ISO dates, space-separated' },
    fixedTime: { control: 'text', description: 'Story only: a fixed time, e.g. 2026-11-23T10:00:00Z' },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/**
 * On a 360 px phone, as most readers meet it: 999 and the key national lines as call buttons on the first
 * screen, the compact layout (chosen by width), the filter below the first results.
 */
export const Phone: Story = {
  name: 'Phone (360 px)',
  render: (args) => html`<div style="max-width:360px;border:1px solid #b1b4b6;padding:8px">${render(args)}</div>`,
};

/** The bundled UK directory on a wide page: emergency panel, key lines, then every confirmed service as full cards. */
export const Default: Story = {};

/** Scotland on a phone: Scotland's own 24/7 line first among the key lines. */
export const Scotland: Story = { args: { nation: 'scotland' }, render: Phone.render };

/** A site chooses the lines shown first. */
export const KeyServices: Story = {
  args: { 'key-services': 'national-stalking-helpline samaritans' },
  render: Phone.render,
};

/** A site's own service from JSON, first in the list. */
export const SiteData: Story = {
  args: { 'local-first': true, nation: 'england' },
  render: (args) => render(args, LOCAL),
};

/** A county's list of 200 local services: 25 cards at a time, "Show more services" adds 25 (search and the filter cover all 200). */
export const BigSiteList: Story = {
  args: { 'no-bundled': true, nation: 'england' },
  render: (args) =>
    render(
      args,
      Array.from({ length: 200 }, (_, i) => ({
        ...LOCAL[0],
        id: `anytown-service-${i + 1}`,
        name: `Anytown service ${i + 1}`,
        phones: [{ number: `01632 960 ${String(i + 1).padStart(3, '0')}` }],
      })),
    ),
};

/** Site data from an inline `<script type="application/json">` child (the CMS-friendly way). */
export const InlineJson: Story = {
  args: { 'local-first': true },
  render: (args) =>
    render(
      args,
      undefined,
      html`<script type="application/json">
        ${JSON.stringify(LOCAL)}
      </script>`,
    ),
};

/** Bad site data: four entries are left out (see the console, one warning each); the valid one and the bundled list still show. */
export const ErrorCase: Story = {
  args: { 'local-first': true, src: '/no-such-file.json' },
  render: (args) => render(args, BAD),
};

/** `layout="compact"` on a wide page: name, status, numbers (notes under each) and contact links only. */
export const Compact: Story = { args: { layout: 'compact' } };

/** "Open now" at a fixed time: Monday 23 November 2026, 10:00 UK time. */
export const OpenNow: Story = { args: { fixedTime: '2026-11-23T10:00:00Z' } };

/** "Closed, opens …" on Christmas Eve 2026 at 17:00: bank holidays skipped. */
export const ClosedOverBankHolidays: Story = { args: { fixedTime: '2026-12-24T17:00:00Z' } };

/**
 * Nothing matches a search: the empty state says so, offers "Clear search" and still shows the national
 * lines (the story types "qwxz" into the search box).
 */
export const Empty: Story = {
  render: Phone.render,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('safety-helpline-directory')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'qwxz';
    input.dispatchEvent(new Event('input'));
  },
};

/** Without the emergency panel and filters, for a page that already has them. */
export const Minimal: Story = {
  args: { 'no-emergency': true, 'no-filters': true, include: 'national-stalking-helpline paladin' },
};

/** Cymraeg: the directory in Welsh; Live Fear Free shows as "Byw Heb Ofn", weekday names come from the library's Welsh calendar. */
export const Welsh: Story = { globals: { lang: 'cy' } };

/** England and Wales (the default): the two nations' own 24/7 lines first. */
export const NationEnglandWales: Story = { args: { nation: 'england-wales' } };

/** Wales: Live Fear Free first (this story replaces the old "Wales", which used the `nations` filter). */
export const NationWales: Story = { args: { nation: 'wales' } };

/** Scotland: Scotland's own 24/7 line first, then Scotland's services; England-only services last, marked as such. */
export const NationScotland: Story = { args: { nation: 'scotland' } };

/** Northern Ireland: its own 24/7 line first; England-only services last, marked as such. */
export const NationNorthernIreland: Story = { args: { nation: 'northern-ireland' } };
