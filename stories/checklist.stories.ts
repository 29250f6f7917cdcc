import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  'heading-level': number;
  heading: string;
  groups: string;
  persist: '' | 'session' | 'device';
  'plan-id': string;
  extend: boolean;
  strings: string;
  items: string;
  nation: string;
  'print-title': string;
}

const render = (args: Args, light: unknown = nothing) => html`<safety-checklist
  heading-level=${args['heading-level']}
  heading=${ifDefined(args.heading || undefined)}
  groups=${ifDefined(args.groups || undefined)}
  persist=${ifDefined(args.persist || undefined)}
  plan-id=${ifDefined(args['plan-id'] || undefined)}
  ?extend=${args.extend}
  strings=${ifDefined(args.strings || undefined)}
  items=${ifDefined(args.items || undefined)}
  nation=${ifDefined(args.nation || undefined)}
  print-title=${ifDefined(args['print-title'] || undefined)}
  >${light}</safety-checklist
>`;

const meta: Meta<Args> = {
  title: 'Elements/Safety checklist',
  component: 'safety-checklist',
  args: {
    'heading-level': 2,
    heading: '',
    groups: '',
    persist: '',
    'plan-id': 'storybook',
    extend: false,
    strings: '',
    items: '',
    nation: 'england-wales',
    'print-title': '',
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    heading: { control: 'text' },
    groups: {
      control: 'text',
      description: 'e.g. "evidence online" (evidence, dont-engage, home, out, online, support)',
    },
    persist: { control: 'select', options: ['', 'session', 'device'] },
    'plan-id': { control: 'text' },
    extend: { control: 'boolean' },
    strings: { control: 'text', description: 'JSON, e.g. {"print":"Print"}' },
    items: { control: 'text', description: 'JSON: [{ "id", "title", "items": [{ "id", "text" }] }]' },
    nation: {
      control: 'select',
      options: ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'],
      description: "The reader's nation: steps naming another nation's services are left out",
    },
    'print-title': { control: 'text', description: 'Title of the printed or saved copy, e.g. a neutral "Notes"' },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled UK plan. Nothing is stored: ticks are gone when the page is left. */
export const Default: Story = {};

/** A site's own steps, added with `extend`: a light-DOM list adds a group and adds a step to "At home". */
export const SiteCustomised: Story = {
  args: { extend: true, groups: 'home out work', heading: 'Your safety plan at Anytown Council' },
  render: (args) =>
    render(
      args,
      html`<ul data-group="work" data-title="At work">
          <li data-id="work-reception">Ask reception to screen visitors and calls.</li>
          <li data-id="work-parking">Ask for a parking space near the entrance.</li>
        </ul>
        <ul data-group="home">
          <li data-id="home-door-chain">Fit a door chain.</li>
        </ul>`,
    ),
};

/** Only the groups a page is about, e.g. on an online safety page. */
export const ChosenGroups: Story = { args: { groups: 'evidence online' } };

/** `persist="session"`: the reader is offered to keep ticks until the tab closes, after a warning. */
export const PersistSession: Story = { args: { persist: 'session', 'plan-id': 'storybook-session' } };

/** `persist="device"`: ticks stay on the device only after the reader confirms a plain warning. */
export const PersistDevice: Story = { args: { persist: 'device', 'plan-id': 'storybook-device' } };

/**
 * The print view. "Print or save my plan" opens the browser's real print preview (the plan alone, every
 * group open, with ticks and lines for notes). This story imitates that with `::part()` and by opening
 * every group (a native `<details>`, as printing does) so it can be seen here; the element's own
 * `@media print` rules are what a printout uses.
 */
export const PrintView: Story = {
  args: { groups: 'evidence home' },
  render: (args) => html`<style>
      .print-preview safety-checklist::part(actions),
      .print-preview safety-checklist::part(persist),
      .print-preview safety-checklist::part(message) {
        display: none;
      }
      .print-preview safety-checklist::part(notes) {
        display: block !important;
      }
    </style>
    <div class="print-preview">${render(args)}</div>`,
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
      'safety-checklist',
    )) {
      await el.updateComplete;
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    }
  },
};

/** Cymraeg: the whole plan in Welsh (`lang="cy"` on an ancestor; the toolbar's Language switch does the same for any story). */
export const Welsh: Story = { globals: { lang: 'cy' }, args: { persist: 'device', 'plan-id': 'storybook-cy' } };

/** England and Wales (the default): Paladin, S-DASH and ISAC steps are included. */
export const NationEnglandWales: Story = { args: { nation: 'england-wales', groups: 'evidence support' } };

/** Scotland: no England-and-Wales-only steps; Action Against Stalking and Victim Support Scotland instead. */
export const NationScotland: Story = { args: { nation: 'scotland', groups: 'evidence support' } };

/** Northern Ireland: no England-and-Wales-only steps. */
export const NationNorthernIreland: Story = { args: { nation: 'northern-ireland', groups: 'evidence support' } };

/** A neutral title for the printed or saved copy, chosen by the site (the reader can change it). */
export const NeutralPrintTitle: Story = { args: { 'print-title': 'Notes' } };
