import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Docs tables (attributes, properties, slots, parts, CSS tokens, events) come from the manifest
// that `npm run analyze` generates from the components' JSDoc.
setCustomElementsManifest(manifest);

// Toolbar: the language (and text direction) every story renders in. The decorator sets `lang` and `dir`
// on a wrapper, as a site would on <html>; the elements pick their strings table from it.
const withLanguage: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as string | undefined) || 'en-GB';
  const dir = (context.globals['dir'] as string | undefined) || 'ltr';
  return html`<div lang=${lang} dir=${dir}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the story (lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the story (dir attribute), to check right-to-left layout',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en-GB', dir: 'ltr' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
