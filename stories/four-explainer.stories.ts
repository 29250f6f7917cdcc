import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import { define } from '../src/internal/define.js';

// The static Storybook build drops `import '../src/index.js'` in preview.ts as side-effect-free (package.json
// "sideEffects" lists only dist/ files), so no element was defined there. Registering here (guarded, so it is a
// no-op when the preview's import did run) keeps this element's stories working either way.
define('safety-four-explainer', SafetyFourExplainer);

interface Args {
  layout: 'cards' | 'accordion' | 'compact';
  mode: 'explain' | 'check';
  single: boolean;
  law: boolean;
  types: boolean;
  nation: 'england-wales' | 'england' | 'wales' | 'scotland' | 'northern-ireland';
  'heading-level': number;
  heading: string;
  strings: string;
}

const render = (args: Args, light: unknown = nothing) => html`<safety-four-explainer
  layout=${args.layout}
  mode=${args.mode}
  ?single=${args.single}
  ?law=${args.law}
  ?types=${args.types}
  nation=${args.nation}
  heading-level=${args['heading-level']}
  heading=${ifDefined(args.heading || undefined)}
  strings=${ifDefined(args.strings || undefined)}
  >${light}</safety-four-explainer
>`;

const meta: Meta<Args> = {
  title: 'Elements/FOUR explainer',
  component: 'safety-four-explainer',
  args: {
    layout: 'cards',
    mode: 'explain',
    single: false,
    law: false,
    types: false,
    nation: 'england-wales',
    'heading-level': 2,
    heading: '',
    strings: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'accordion', 'compact'] },
    mode: { control: 'inline-radio', options: ['explain', 'check'] },
    single: { control: 'boolean', description: 'Accordion and compact: one item open at a time' },
    law: { control: 'boolean', description: 'Show the law section for `nation`' },
    types: { control: 'boolean', description: 'Show the common types of stalker' },
    nation: { control: 'select', options: ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    heading: { control: 'text', description: 'Main heading (default "Is it stalking? Think FOUR")' },
    strings: {
      control: 'text',
      description: 'JSON of text by key, e.g. {"heading":"What is stalking?","fixated.meaning":"…"}',
    },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Four tiles, stalking or harassment, and what to do. */
export const Cards: Story = {};

/** Every part collapsible; any number open at once. */
export const Accordion: Story = { args: { layout: 'accordion', law: true, types: true } };

/** Accordion with `single`: opening one item closes the other. */
export const AccordionOneAtATime: Story = { args: { layout: 'accordion', single: true } };

/** One sentence whose four words open their meanings. */
export const Compact: Story = { args: { layout: 'compact' } };

/** "Does this sound familiar?": ticks show which of the four signs they match. Nothing is stored or sent. */
export const Check: Story = { args: { mode: 'check' } };

/** The law in England and Wales, with its sources. */
export const LawEnglandWales: Story = { args: { law: true } };

/** The law in Scotland. */
export const LawScotland: Story = { args: { law: true, nation: 'scotland' } };

/** The law in Northern Ireland. */
export const LawNorthernIreland: Story = { args: { law: true, nation: 'northern-ireland' } };

/** The common types of stalker (Mullen and others, 1999). */
export const StalkerTypes: Story = { args: { types: true } };

/** A site's own signposts replace the default list through the `signposts` slot. */
export const OwnSignposts: Story = {
  render: (args) =>
    render(
      args,
      html`<ul slot="signposts">
        <li>Call Anytown Stalking Service on <a href="tel:+441234567890">01234 567890</a>, Monday to Friday.</li>
        <li>If you are in danger now, call <a href="tel:999">999</a>.</li>
      </ul>`,
    ),
};

/** Every string overridable by key. */
export const CustomStrings: Story = {
  args: {
    strings: JSON.stringify({
      heading: 'What is stalking?',
      intro: 'Remember FOUR. Stalking is:',
      todoHeading: 'Getting help',
    }),
  },
};

/** Cymraeg: every section, with the law for England and Wales, in Welsh. */
export const Welsh: Story = { globals: { lang: 'cy' }, args: { layout: 'accordion', law: true, types: true } };

/** Cymraeg: the "does this sound familiar?" check in Welsh. */
export const WelshCheck: Story = { globals: { lang: 'cy' }, args: { mode: 'check' } };

/** Each nation: its own law and the stalking services the closing steps name (Scotland's own first). */
export const NationEnglandWales: Story = { args: { law: true, nation: 'england-wales' } };
export const NationScotland: Story = { args: { law: true, nation: 'scotland' } };
export const NationNorthernIreland: Story = { args: { law: true, nation: 'northern-ireland' } };
