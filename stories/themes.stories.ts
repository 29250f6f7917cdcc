import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

/**
 * Three very different sites theme the same five elements with the global `--safety-*` tokens (plus
 * the quick exit's alignment and, for the dark theme, the helpline directory's emergency panel
 * background). Nothing else is changed: no `::part()` rules.
 */
interface Args {
  theme: 'council' | 'charity' | 'night' | 'darkHost';
}

const THEMES: Record<Args['theme'], { name: string; page: Record<string, string>; tokens: Record<string, string> }> = {
  council: {
    name: 'A council site: plain, square, blue (GOV.UK-like)',
    page: { background: '#ffffff', color: '#0b0c0c', fontFamily: 'Arial, Helvetica, sans-serif' },
    tokens: {
      '--safety-font-family': 'Arial, Helvetica, sans-serif',
      '--safety-color-primary': '#1d70b8',
      '--safety-color-primary-contrast': '#ffffff',
      '--safety-color-danger': '#d4351c',
      '--safety-color-danger-contrast': '#ffffff',
      '--safety-color-text': '#0b0c0c',
      '--safety-color-text-muted': '#505a5f',
      '--safety-color-surface': '#ffffff',
      '--safety-color-surface-muted': '#f3f2f1',
      '--safety-color-border': '#b1b4b6',
      '--safety-color-success': '#00703c',
      '--safety-focus-ring-color': '#ffdd00',
      '--safety-focus-ring-contrast': '#0b0c0c',
      '--safety-radius': '0',
    },
  },
  charity: {
    name: 'A charity site: warm, rounded, purple, serif headings',
    page: { background: '#fbf7f2', color: '#2a1f33', fontFamily: 'Georgia, "Times New Roman", serif' },
    tokens: {
      '--safety-font-family': 'Georgia, "Times New Roman", serif',
      '--safety-color-primary': '#5b2a86',
      '--safety-color-primary-contrast': '#ffffff',
      '--safety-color-danger': '#8a1538',
      '--safety-color-danger-contrast': '#ffffff',
      '--safety-color-text': '#2a1f33',
      '--safety-color-text-muted': '#5a4e63',
      '--safety-color-surface': '#ffffff',
      '--safety-color-surface-muted': '#f1e8f7',
      '--safety-color-border': '#8c7a99',
      '--safety-color-success': '#2e6b3a',
      '--safety-focus-ring-color': '#f4b400',
      '--safety-focus-ring-contrast': '#2a1f33',
      '--safety-radius': '12px',
      '--safety-space-3': '1.25rem',
      '--safety-space-4': '2rem',
      '--safety-quick-exit-justify': 'flex-end',
    },
  },
  night: {
    name: 'A police force’s dark theme: light text on navy, high contrast',
    page: { background: '#0a1630', color: '#f5f7fa', fontFamily: 'system-ui, sans-serif' },
    tokens: {
      '--safety-font-family': 'system-ui, sans-serif',
      '--safety-color-primary': '#8ab4ff',
      '--safety-color-primary-contrast': '#0a1630',
      '--safety-color-danger': '#ffb3b3',
      '--safety-color-danger-contrast': '#3a0000',
      '--safety-color-text': '#f5f7fa',
      '--safety-color-text-muted': '#c9d1e0',
      '--safety-color-surface': '#0a1630',
      '--safety-color-surface-muted': '#15244a',
      '--safety-color-border': '#8d9bb8',
      '--safety-color-success': '#7be3a4',
      '--safety-focus-ring-color': '#ffdd00',
      '--safety-focus-ring-contrast': '#0a1630',
      '--safety-radius': '6px',
      // The helpline directory's emergency panel has its own light background (see its Docs page).
      '--safety-helpline-directory-emergency-background': '#3a1020',
    },
  },
  darkHost: {
    name: 'A dark site that sets no token at all: each element paints its own light surface',
    page: { background: '#121212', color: '#e8e8e8', colorScheme: 'dark', fontFamily: 'Arial, Helvetica, sans-serif' },
    tokens: {},
  },
};

const render = ({ theme }: Args) => {
  const t = THEMES[theme];
  return html`<div style=${styleMap({ ...t.page, ...t.tokens, padding: '1rem' })}>
    <p style="margin:0 0 1rem">${t.name}</p>
    <safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>
    <safety-four-explainer></safety-four-explainer>
    <safety-helpline-directory layout="compact"></safety-helpline-directory>
    <safety-checklist></safety-checklist>
    <safety-clares-law></safety-clares-law>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Getting started/Theme gallery',
  render,
  argTypes: { theme: { control: 'inline-radio', options: Object.keys(THEMES) } },
  parameters: {
    docs: {
      description: {
        component:
          'The same five elements on three very different sites, themed with the global `--safety-*` tokens (and two per-element tokens).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Council: Story = { args: { theme: 'council' } };
export const Charity: Story = { args: { theme: 'charity' } };
export const Night: Story = { args: { theme: 'night' } };
export const DarkHost: Story = { args: { theme: 'darkHost' } };
