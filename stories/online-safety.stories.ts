import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BROWSER_IDS } from '../src/data/online-safety.js';

type QuickExit = 'shift' | 'escape' | 'none' | 'no quick exit';

interface Args {
  browser: '' | 'general' | (typeof BROWSER_IDS)[number];
  nation: 'england-wales' | 'england' | 'wales' | 'scotland' | 'northern-ireland';
  heading: string;
  'heading-level': number;
  strings: string;
  /** Story only: a quick exit on the page, with this shortcut (or none at all). */
  quickExit: QuickExit;
  /** Story only: the quick exit's destination. */
  quickExitHref: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Online safety',
  component: 'safety-online-safety',
  args: {
    browser: '',
    nation: 'england-wales',
    heading: '',
    'heading-level': 2,
    strings: '',
    quickExit: 'shift',
    quickExitHref: 'https://www.bbc.co.uk/weather',
  },
  argTypes: {
    browser: {
      control: 'select',
      options: ['', 'general', ...BROWSER_IDS],
      description:
        'Show this browser\'s steps ("" detects the browser on the device; "general" is the advice for any browser)',
    },
    nation: { control: 'inline-radio', options: ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'] },
    heading: { control: 'text', description: 'Main heading (default "Staying safe online")' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    strings: {
      control: 'text',
      description: 'JSON of text by key, e.g. {"intro":"…"} (keys in online-safety.strings.ts)',
    },
    quickExit: {
      control: 'inline-radio',
      options: ['shift', 'escape', 'none', 'no quick exit'],
      description:
        'Story only: a <safety-quick-exit> on the page with this shortcut, or none (the element then says nothing about one)',
    },
    quickExitHref: { control: 'text', description: "Story only: the quick exit's destination" },
  },
  render: (args) => html`${
    args.quickExit === 'no quick exit'
      ? nothing
      : html`<safety-quick-exit shortcut=${args.quickExit} href=${args.quickExitHref}></safety-quick-exit>`
  }
    <safety-online-safety
      browser=${ifDefined(args.browser || undefined)}
      nation=${args.nation}
      heading=${ifDefined(args.heading || undefined)}
      heading-level=${args['heading-level']}
      strings=${ifDefined(args.strings || undefined)}
    ></safety-online-safety>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Detected on this device ("It looks like you are using…"), with a quick exit (Shift 3 times) on the page. */
export const Detected: Story = {};

/** No quick exit on the page: nothing is said about one. */
export const NoQuickExit: Story = { args: { quickExit: 'no quick exit' } };

/** A quick exit with the Escape shortcut and its own destination: the paragraph follows its real settings. */
export const QuickExitEscape: Story = { args: { quickExit: 'escape', quickExitHref: 'https://www.gov.uk/weather' } };

/** A quick exit with no keyboard shortcut. */
export const QuickExitNoShortcut: Story = { args: { quickExit: 'none' } };

/** The general advice, for a browser that could not be recognised. */
export const GeneralAdvice: Story = { args: { browser: 'general' } };

export const Chrome: Story = { args: { browser: 'chrome' } };
export const Edge: Story = { args: { browser: 'edge' } };
export const Firefox: Story = { args: { browser: 'firefox' } };
export const SafariOnMac: Story = { args: { browser: 'safari-mac' } };
export const SafariOnIPhone: Story = { args: { browser: 'safari-iphone' } };
export const SamsungInternet: Story = { args: { browser: 'samsung' } };
export const ChromeOnAndroid: Story = { args: { browser: 'chrome-android' } };

/** Scotland: its own further-help link first; no England-only service presented as Scotland's. */
export const Scotland: Story = { args: { nation: 'scotland' } };

/** Northern Ireland: Women's Aid Federation Northern Ireland first. */
export const NorthernIreland: Story = { args: { nation: 'northern-ireland' } };

/** Fits into a page whose outline is already at h3, with its own heading. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4, heading: 'Cover your tracks' } };

/** Cymraeg: the guide in Welsh; browser and private-mode names stay as their makers write them. */
export const Welsh: Story = { globals: { lang: 'cy' } };
