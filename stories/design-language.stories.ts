import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { SafetyChecklist } from '../src/components/checklist/checklist.component.js';
import { SafetyClaresLaw } from '../src/components/clares-law/clares-law.component.js';
import { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import { SafetyHelplineDirectory } from '../src/components/helpline-directory/helpline-directory.component.js';
import { SafetyQuickExit } from '../src/components/quick-exit/quick-exit.component.js';
import { define } from '../src/internal/define.js';

// Registered here as in every element's stories (the static build drops side-effect-only imports).
define('safety-quick-exit', SafetyQuickExit);
define('safety-helpline-directory', SafetyHelplineDirectory);
define('safety-four-explainer', SafetyFourExplainer);
define('safety-checklist', SafetyChecklist);
define('safety-clares-law', SafetyClaresLaw);

/**
 * One design language across the elements, side by side: the show/hide sections, the phone links, the
 * 40 px checkboxes and radios (GOV.UK's size), the headings (one `--safety-heading-color` token) and one
 * spacing scale (`--safety-space-1` … `--safety-space-5`: 4, 8, 16, 24, 32 px). Each element paints its own
 * surface (`--safety-color-surface`), so the same page reads on a light or a dark host.
 */
interface Args {
  host: 'light' | 'dark';
  headingColor: string;
}

const HOSTS = {
  light: { background: '#ffffff', color: '#0b0c0c' },
  dark: { background: '#121212', color: '#e8e8e8', colorScheme: 'dark' },
};

const cell = (title: string, note: string, body: unknown) => html`<section style="min-width:0">
  <h2 style="margin:0 0 0.5rem;font-size:1.125rem">${title}</h2>
  <p style="margin:0 0 1rem">${note}</p>
  ${body}
</section>`;

const SPACES = [1, 2, 3, 4, 5];

const render = ({ host, headingColor }: Args) => html`<div
  style=${styleMap({
    ...HOSTS[host],
    padding: '1rem',
    fontFamily: 'Arial, Helvetica, sans-serif',
    display: 'grid',
    gap: '2rem',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    ...(headingColor ? { '--safety-heading-color': headingColor } : {}),
  })}
>
  ${cell(
    'Show and hide',
    'Every show/hide section is the same native details and summary (src/internal/disclosure.ts): the same chevron at the start, the same rules, open for print.',
    html`<safety-four-explainer layout="accordion"></safety-four-explainer>
      <safety-clares-law></safety-clares-law>`,
  )}
  ${cell(
    'Phone links and call buttons',
    "A number to call is a link the reader can tap; the directory's call buttons lead each card.",
    html`<safety-helpline-directory layout="compact" no-filters></safety-helpline-directory>`,
  )}
  ${cell(
    'Checkboxes and radios: 40 px',
    "GOV.UK's size, in every element, with the label beside the box.",
    html`<safety-four-explainer mode="check"></safety-four-explainer>
      <safety-checklist groups="home"></safety-checklist>`,
  )}
  ${cell(
    'Spacing: one scale',
    'Every gap, margin and padding comes from these five steps.',
    html`<ol style="list-style:none;margin:0;padding:0">
      ${SPACES.map(
        (n) => html`<li style="display:flex;align-items:center;gap:1rem;margin-bottom:0.5rem">
          <code style="min-width:9rem">--safety-space-${n}</code>
          <span style=${styleMap({ display: 'inline-block', height: '1rem', width: `var(--safety-space-${n}, ${[0.25, 0.5, 1, 1.5, 2][n - 1]}rem)`, background: 'currentColor' })}></span>
        </li>`,
      )}
    </ol>`,
  )}
  ${cell('The quick exit', 'The one control in the danger colour.', html`<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>`)}
</div>`;

const meta: Meta<Args> = {
  title: 'Getting started/Design language',
  render,
  args: { host: 'light', headingColor: '' },
  argTypes: {
    host: { control: 'inline-radio', options: ['light', 'dark'] },
    headingColor: { control: 'color', name: '--safety-heading-color' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The parts every element shares, side by side: show/hide sections, phone links, 40 px checkboxes and radios, headings (`--safety-heading-color`) and one spacing scale. Switch the host to dark: each element paints its own surface, so nothing turns dark-on-dark.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
export const LightHost: Story = { args: { host: 'light' } };
export const DarkHost: Story = { args: { host: 'dark' } };
export const HeadingColour: Story = { args: { host: 'light', headingColor: '#1d70b8' } };
