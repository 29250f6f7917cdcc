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
  history: 'page' | 'visit';
  /** JSON object of text overrides (docs/conventions.md): emergencyPrefix, hint, remainingMessage, … */
  strings: string;
  childLink: boolean;
}

const render = (args: Args) => html`<safety-quick-exit
  href=${ifDefined(args.href || undefined)}
  new-tab-href=${ifDefined(args['new-tab-href'] || undefined)}
  shortcut=${args.shortcut}
  position=${args.position}
  ?clear-session=${args['clear-session']}
  label=${ifDefined(args.label || undefined)}
  history=${args.history}
  strings=${ifDefined(args.strings || undefined)}
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
    history: 'page',
    strings: '',
    childLink: true,
  },
  argTypes: {
    shortcut: { control: 'inline-radio', options: ['shift', 'escape', 'none'] },
    position: { control: 'inline-radio', options: ['inline', 'top', 'bottom'] },
    history: { control: 'inline-radio', options: ['page', 'visit'] },
    childLink: { name: 'child <a href> (no-JS fallback)', control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Clicking the control in these stories really leaves the page: the preview frame goes to the neutral site. Reload the story to come back. ' +
          'Write it with a child link so it works before and without JavaScript, and put it first in `<body>` when sticky. ' +
          "Exit order: the referrer switched off (a `<meta>` placed at arm time), then leave first (`location.replace`, after walking back over the page's own fragment and pushState entries), then hide (one attribute switches a sheet adopted at arm time), then title, favicon, new tab, storage and the `safety-exit` event; a top-layer cover follows after the first hidden frame. " +
          '`history="visit"` makes same-origin links replace the current entry, so Back after an exit skips the whole visit.',
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
  render: (args) =>
    html`<div style="padding: 1rem">${Array.from({ length: 30 }, (_, i) => html`<p>Paragraph ${i + 1}</p>`)}</div>${render(args)}`,
};

/**
 * Sticky at the top inside a theme's page wrapper with `overflow: hidden`, which stops any sticky element
 * sticking: the quick exit finds the box and pins its bar itself while the page is scrolled past it.
 */
export const StickyInClippingTheme: Story = {
  args: { position: 'top', childLink: true },
  render: (args) => html`<div style="overflow: hidden">
    ${render(args)}
    <div style="padding: 1rem">${Array.from({ length: 30 }, (_, i) => html`<p><a href="#">Paragraph ${i + 1} with a link</a></p>`)}</div>
  </div>`,
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

/** Most strings overridden (a Welsh example). */
export const CustomStrings: Story = {
  args: {
    childLink: false,
    label: 'Gadael y wefan',
    strings: JSON.stringify({
      hint: 'neu pwyswch Shift 3 gwaith',
      remainingMessage: '{key}, pwyswch {count} gwaith eto i adael.',
      remainingOneMessage: '{key}, pwyswch unwaith eto i adael.',
      expiredMessage: 'Mae’r llwybr byr wedi dod i ben.',
      overlayText: 'Yn llwytho.',
      exitTitle: 'Yn llwytho',
    }),
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

/** history="visit": links on this site replace the current entry, so after an exit Back skips the visit. */
export const KeepVisitOutOfBack: Story = { args: { history: 'visit' } };

/** An unsafe destination is refused (see the console) and the default is used. */
export const RefusedDestination: Story = { args: { childLink: false, href: 'javascript:alert(1)' } };

/** Cymraeg: "Gadael y dudalen hon" (HMRC's Welsh). Write the child link's text in Welsh too, for the page before JavaScript. */
export const Welsh: Story = { globals: { lang: 'cy' }, args: { childLink: false } };
