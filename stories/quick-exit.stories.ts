import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quick-exit/safety-quick-exit.js';

interface Args {
  href: string;
  'new-tab-href': string;
  shortcut: 'shift' | 'escape' | 'none';
  position: 'inline' | 'top' | 'bottom';
  'clear-session': boolean;
  label: string;
  'emergency-prefix': string;
  hint: string;
  'remaining-message': string;
  'remaining-one-message': string;
  'expired-message': string;
  'overlay-text': string;
  'exit-title': string;
  childLink: boolean;
}


const render = (args: Args) => html`<safety-quick-exit
  href=${ifDefined(args.href || undefined)}
  new-tab-href=${ifDefined(args['new-tab-href'] || undefined)}
  shortcut=${args.shortcut}
  position=${args.position}
  ?clear-session=${args['clear-session']}
  label=${ifDefined(args.label || undefined)}
  emergency-prefix=${ifDefined(args['emergency-prefix'] || undefined)}
  hint=${ifDefined(args.hint || undefined)}
  remaining-message=${ifDefined(args['remaining-message'] || undefined)}
  remaining-one-message=${ifDefined(args['remaining-one-message'] || undefined)}
  expired-message=${ifDefined(args['expired-message'] || undefined)}
  overlay-text=${ifDefined(args['overlay-text'] || undefined)}
  exit-title=${ifDefined(args['exit-title'] || undefined)}
  >${args.childLink ? html`<a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a>` : nothing}</safety-quick-exit
>`;

const meta: Meta<Args> = {
  title: 'Elements/Quick exit',
  component: 'safety-quick-exit',
  render,
  args: {
    href: '',
    'new-tab-href': '',
    shortcut: 'shift',
    position: 'inline',
    'clear-session': false,
    label: '',
    'emergency-prefix': '',
    hint: '',
    'remaining-message': '',
    'remaining-one-message': '',
    'expired-message': '',
    'overlay-text': '',
    'exit-title': '',
    childLink: true,
  },
  argTypes: {
    shortcut: { control: 'inline-radio', options: ['shift', 'escape', 'none'] },
    position: { control: 'inline-radio', options: ['inline', 'top', 'bottom'] },
    childLink: { name: 'child <a href> (no-JS fallback)', control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Clicking the control in these stories really leaves the page: the preview frame goes to the neutral site. Reload the story to come back. ' +
          'Write it with a child link so it works before and without JavaScript, and put it first in `<body>` when sticky.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The recommended markup: a child link that works before upgrade and without JavaScript. */
export const Default: Story = {};

/** No child link: the element renders its own, to `href` or the default BBC Weather. */
export const WithoutChildLink: Story = { args: { childLink: false, href: 'https://www.google.com/webhp' } };

/** Sticky at the top of its container, reserving scroll padding so focused content is never hidden. */
export const StickyTop: Story = {
  args: { position: 'top', childLink: true },
  render: (args) => html`${render(args)}
    <div style="padding: 1rem">${Array.from({ length: 30 }, (_, i) => html`<p><a href="#">Paragraph ${i + 1} with a link</a></p>`)}</div>`,
};

/** Sticky at the bottom, as NSW's bar is. */
export const StickyBottom: Story = {
  args: { position: 'bottom' },
  render: (args) => html`<div style="padding: 1rem">${Array.from({ length: 30 }, (_, i) => html`<p>Paragraph ${i + 1}</p>`)}</div>${render(args)}`,
};

/** Escape twice within a second instead of Shift three times. */
export const EscapeShortcut: Story = { args: { shortcut: 'escape' } };

/** No keyboard shortcut: click, tap, Enter or Space only. */
export const NoShortcut: Story = { args: { shortcut: 'none' } };

/** Shortcut progress as the reader sees and hears it after one Shift press. */
export const ShortcutInProgress: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('safety-quick-exit')!;
    await el.updateComplete;
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
  },
};

/** Every string overridden (a Welsh example). */
export const CustomStrings: Story = {
  args: {
    childLink: false,
    label: 'Gadael y wefan',
    'emergency-prefix': 'Argyfwng',
    hint: 'neu pwyswch Shift 3 gwaith',
    'remaining-message': '{key}, pwyswch {count} gwaith eto i adael.',
    'remaining-one-message': '{key}, pwyswch unwaith eto i adael.',
    'expired-message': 'Mae’r llwybr byr wedi dod i ben.',
    'overlay-text': 'Yn llwytho.',
    'exit-title': 'Yn llwytho',
  },
};

/** Themed with tokens. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--safety-quick-exit-background: #4c2c92; --safety-quick-exit-color: #fff; --safety-radius: 999px; --safety-font-family: Georgia, serif; --safety-focus-ring-color: #ffbf47"
  >
    ${render(args)}
  </div>`,
};

/** An unsafe destination is refused (see the console) and the default is used. */
export const RefusedDestination: Story = { args: { childLink: false, href: 'javascript:alert(1)' } };

/** Cymraeg: "Gadael y dudalen hon" (HMRC's Welsh). Write the child link's text in Welsh too, for the page before JavaScript. */
export const Welsh: Story = { globals: { lang: 'cy' }, args: { childLink: false } };
