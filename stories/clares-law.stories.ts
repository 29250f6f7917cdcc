import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  nation: 'england-wales' | 'england' | 'wales' | 'scotland' | 'northern-ireland';
  'asking-about': '' | 'partner' | 'other';
  'apply-href': string;
  'apply-label': string;
  'force-name': string;
  'heading-level': number;
  heading: string;
  strings: string;
}

const meta: Meta<Args> = {
  title: "Elements/Clare's Law",
  component: 'safety-clares-law',
  args: {
    nation: 'england-wales',
    'asking-about': '',
    'apply-href': '',
    'apply-label': '',
    'force-name': '',
    'heading-level': 2,
    heading: '',
    strings: '',
  },
  argTypes: {
    nation: { control: 'inline-radio', options: ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'] },
    'asking-about': {
      control: 'inline-radio',
      options: ['', 'partner', 'other'],
      description: 'Answer to "Who are you asking about?" ("" shows the general wording until the reader chooses)',
    },
    'apply-href': {
      control: 'text',
      description: "The local force's online form (https/http only; anything else is refused with a warning)",
    },
    'apply-label': {
      control: 'text',
      description:
        'Text of the local form\'s link (default "Apply online to {police}": `force-name`, else "your police force")',
    },
    'force-name': { control: 'text', description: 'e.g. "Bedfordshire Police"' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    heading: { control: 'text', description: 'Main heading (default "Asking the police about a partner\'s past")' },
    strings: {
      control: 'text',
      description: 'JSON of text by key, e.g. {"heading":"Clare\'s Law"} (keys in clares-law.strings.ts)',
    },
  },
  render: (args) => html`<safety-clares-law
    nation=${args.nation}
    asking-about=${ifDefined(args['asking-about'] || undefined)}
    apply-href=${ifDefined(args['apply-href'] || undefined)}
    apply-label=${ifDefined(args['apply-label'] || undefined)}
    force-name=${ifDefined(args['force-name'] || undefined)}
    heading-level=${args['heading-level']}
    heading=${ifDefined(args.heading || undefined)}
    strings=${ifDefined(args.strings || undefined)}
  ></safety-clares-law>`,
};
export default meta;

type Story = StoryObj<Args>;

const LOCAL_FORCE = {
  'apply-href': 'https://www.example.police.uk/clares-law/apply',
  'force-name': 'Example Police',
} as const;

/** England and Wales (DVDS, "Clare's Law") before the reader answers the question: 101 and the national route. */
export const EnglandAndWales: Story = {};

/** Asking about my own partner or ex-partner, with a local force's form. */
export const MyPartner: Story = { args: { 'asking-about': 'partner', ...LOCAL_FORCE } };

/** Asking about a family member's or friend's partner, with a local force's form: the applicant is usually not told. */
export const SomeoneElsesPartner: Story = { args: { 'asking-about': 'other', ...LOCAL_FORCE } };

/** A local force's form with its own link text. */
export const LocalForceLink: Story = { args: { ...LOCAL_FORCE, 'apply-label': "Start your Clare's Law application" } };

/** `apply-href` that fails the allow-list (`javascript:`): one console warning, and the 101 route instead. */
export const RefusedApplyHref: Story = { args: { 'apply-href': 'javascript:alert(1)' } };

/** Scotland: Disclosure Scheme for Domestic Abuse Scotland (Right to Ask, Power to Tell, 45 days). */
export const Scotland: Story = { args: { nation: 'scotland' } };

/** Scotland, asking about someone else's partner. */
export const ScotlandSomeoneElse: Story = { args: { nation: 'scotland', 'asking-about': 'other' } };

/** Northern Ireland: Domestic Violence and Abuse Disclosure Scheme (16 or over, online form). */
export const NorthernIreland: Story = { args: { nation: 'northern-ireland' } };

/** Northern Ireland, asking about my own partner. */
export const NorthernIrelandMyPartner: Story = { args: { nation: 'northern-ireland', 'asking-about': 'partner' } };

/** Fits into a page whose outline is already at h3. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };

/** Single strings replaced through the `strings` attribute. */
export const OwnStrings: Story = {
  args: {
    strings: '{"heading":"Clare\'s Law: ask us about a partner\'s past","applyHeading":"Ask Example Police"}',
    ...LOCAL_FORCE,
  },
};

/** Themed with the element's tokens. */
export const Themed: Story = {
  args: { ...LOCAL_FORCE },
  render: (args) => html`<safety-clares-law
    style="--safety-clares-law-accent: #5b2a86; --safety-clares-law-surface: #f4eefa; --safety-font-family: Georgia, serif"
    apply-href=${args['apply-href']}
    force-name=${args['force-name']}
  ></safety-clares-law>`,
};

/** Cymraeg: England and Wales, asking about someone else's partner, in Welsh. */
export const Welsh: Story = { globals: { lang: 'cy' }, args: { 'asking-about': 'other' } };
