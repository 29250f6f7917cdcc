/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mountSnippetBuilder } from './snippet-builder/builder.js';

// The pre-rendered static HTML and the integrity hashes, from the package build (`npm run build`, before
// `npm run build-storybook`). Each file is its own chunk, fetched from the static Storybook only when chosen,
// so the builder needs no server. Without a build the globs are empty and the builder says so.
const files = import.meta.glob<string>('../dist/html/*.html', { query: '?raw', import: 'default' });
const integrityFiles = import.meta.glob<Record<string, string>>('../dist/cdn/integrity.json', {
  eager: true,
  import: 'default',
});

const sources = {
  load: async (name: string) => {
    const get = files[`../dist/html/${name}`];
    return get ? get() : undefined;
  },
  integrity: Object.values(integrityFiles)[0],
};

const meta: Meta = {
  title: 'Guides/Snippet builder',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;

/**
 * For CMS editors: choose an element, the reader's nation, the language and options, see the preview, and
 * copy the script-tag snippet (classic single file, version and integrity pinned) or the no-script HTML
 * (declarative shadow DOM, or plain HTML for the strictest editors).
 */
export const SnippetBuilder: StoryObj = {
  name: 'Snippet builder',
  render: () => {
    const box = document.createElement('div');
    mountSnippetBuilder(box, sources);
    return box;
  },
};
