import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/Quick exit',
  component: 'safety-quick-exit',
  render: () => html`<safety-quick-exit></safety-quick-exit>`,
};
export default meta;

export const Default: StoryObj = {};
