// The Storybook theme gallery (stories/themes.stories.ts): each of the three site themes, rendered as
// the story renders it, passes axe (colour contrast included) and really changes the elements' look.
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, { Charity, Council, DarkHost, Night } from '../../stories/themes.stories.js';

type Args = { theme: 'council' | 'charity' | 'night' | 'darkHost' };
const render = meta.render as unknown as (args: Args) => TemplateResult;
const tags = ['safety-quick-exit', 'safety-helpline-directory', 'safety-four-explainer', 'safety-checklist', 'safety-clares-law'];

async function show(args: Args) {
  const el = await fixture<HTMLDivElement>(render(args));
  for (const tag of tags) await (el.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('Storybook theme gallery', () => {
  for (const [name, story] of Object.entries({ Council, Charity, Night, DarkHost })) {
    it(`${name}: accessible, colour contrast included`, async function () {
      this.timeout(60000);
      const el = await show(story.args as Args);
      await expect(el).to.be.accessible();
    });
  }

  it('a dark theme set with the global tokens alone stays accessible', async function () {
    this.timeout(60000);
    const el = await show(Night.args as Args);
    el.style.removeProperty('--safety-helpline-directory-emergency-background');
    await expect(el).to.be.accessible();
  });

  it('the themes really differ: the primary colour reaches the elements', async () => {
    const colours: string[] = [];
    for (const story of [Council, Charity, Night]) {
      const el = await show(story.args as Args);
      const checklist = el.querySelector('safety-checklist')!;
      const button = checklist.shadowRoot!.querySelector('[part~="print-button"]')!;
      colours.push(getComputedStyle(button).backgroundColor);
    }
    expect(new Set(colours).size).to.equal(3);
  });
});
