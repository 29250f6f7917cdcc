// The snippet builder (stories/snippet-builder/), mounted as the static Storybook mounts it, with the
// package's pre-rendered files and integrity hashes. Copy-and-paste: what its Copy button copies, put into
// a blank page (an iframe's srcdoc, nothing else on it), shows the same text and the same tel:/sms: links
// as the builder's preview; for the script-tag snippet, the classic file loads with its pinned integrity
// (a wrong hash would block it), the element upgrades, and it shows what the live preview shows.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { type Builder, mountSnippetBuilder } from '../../stories/snippet-builder/builder.js';
import {
  CDN_BASE,
  ELEMENTS,
  type Sources,
  type Tag,
  languagesFor,
  scriptTag,
  staticFileName,
  tableLanguages,
} from '../../stories/snippet-builder/snippet.js';
import { VERSION } from '../../src/internal/version.js';

async function sources(): Promise<Sources> {
  const res = await fetch('/dist/cdn/integrity.json');
  expect(res.ok, 'dist/cdn/integrity.json (run npm run build)').to.equal(true);
  return {
    integrity: (await res.json()) as Record<string, string>,
    load: async (name) => {
      const r = await fetch(`/dist/html/${name}`);
      return r.ok ? r.text() : undefined;
    },
  };
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a reader gets: through open shadow roots and slots, without styles, scripts or inert templates. */
function shownText(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return void out.push(n.textContent ?? '');
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const el = n as Element;
    if (n.nodeType === Node.ELEMENT_NODE && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) return;
    if (n.nodeType === Node.ELEMENT_NODE && el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      for (const c of assigned.length ? assigned : [...el.childNodes]) walk(c);
      return;
    }
    if (n.nodeType === Node.ELEMENT_NODE && el.shadowRoot) return void walk(el.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return words(out.join(' '));
}

/** Every link's href, through open shadow roots, in document order. */
function links(root: Node, pick = (href: string) => /^(tel|sms):/.test(href)): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.tagName === 'TEMPLATE' || el.hasAttribute('data-script-only')) return;
      const href = el.tagName === 'A' ? el.getAttribute('href') : null;
      if (href && pick(href)) out.push(href);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

const anyLink = () => true;

/** A blank page holding `body` and nothing else. */
async function paste(body: string, { scripts = false } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0;display:block';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function loadedFrame(frame: HTMLIFrameElement) {
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body !== null,
    'preview frame loaded',
  );
  return frame.contentDocument!;
}

/** Sets a control of the builder as an editor would: a new value, then its change event. */
async function choose(builder: Builder, box: HTMLElement, selector: string, value: string) {
  const control = box.querySelector<HTMLSelectElement | HTMLInputElement>(selector);
  expect(Boolean(control), selector).to.equal(true);
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) control.click();
  else {
    control!.value = value;
    control!.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await builder.settled();
}

async function copyFrom(box: HTMLElement): Promise<string> {
  let copied: string | undefined;
  box.addEventListener('snippet-copy', (e) => (copied = (e as CustomEvent<string>).detail), { once: true });
  box.querySelector<HTMLButtonElement>('button')!.click();
  await waitUntil(() => copied !== undefined, 'copied');
  expect(copied, 'the copy is the snippet shown').to.equal(box.querySelector('textarea')!.value);
  return copied!;
}

/** The pasted page's element, once its script has upgraded it, shows what the builder's live preview shows. */
async function expectShownAsPreview(pasted: HTMLIFrameElement, box: HTMLElement, tag: Tag, message: string) {
  type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };
  await (pasted.contentWindow as Window & typeof globalThis).customElements.whenDefined(tag);
  const el = pasted.contentDocument!.querySelector<Upgraded>(tag)!;
  await el.updateComplete;
  const live = box.querySelector<Upgraded>(`.preview ${tag}`)!;
  await live.updateComplete;
  expect(shownText(el), message).to.equal(shownText(live));
}

const NATION_OF: Record<Tag, string> = {
  'safety-quick-exit': 'england-wales',
  'safety-helpline-directory': 'scotland',
  'safety-four-explainer': 'northern-ireland',
  'safety-checklist': 'wales',
  'safety-clares-law': 'scotland',
  'safety-online-safety': 'england',
};

describe('snippet builder', function () {
  this.timeout(30000);
  let box: HTMLElement;
  let builder: Builder;
  const frames: HTMLIFrameElement[] = [];
  let src: Sources;

  before(async () => {
    src = await sources();
  });
  beforeEach(async () => {
    box = document.createElement('div');
    document.body.append(box);
    builder = mountSnippetBuilder(box, src);
    await builder.settled();
  });
  afterEach(() => {
    box.remove();
    for (const f of frames.splice(0)) f.remove();
  });

  it('languages come from the strings tables: English now, any table added later is offered', () => {
    for (const e of ELEMENTS) expect(languagesFor(e.tag)[0], e.tag).to.equal('en');
    expect(tableLanguages({ en: {}, cy: {}, format: () => '' }).join(' ')).to.equal('en cy');
  });

  it('the script tag is the classic single file, with the version in its CDN address and the build’s integrity hash', async () => {
    expect(CDN_BASE).to.include(`safety-elements@${VERSION}/`);
    const tag = scriptTag(CDN_BASE, src.integrity);
    expect(tag).to.include(`${CDN_BASE}safety-elements.iife.js"`);
    expect(tag).to.include(`integrity="${src.integrity!['safety-elements.iife.js']}"`);
    expect(tag).to.include('crossorigin="anonymous"');
    expect(tag).to.include('referrerpolicy="no-referrer"');
    expect(builder.current.html.startsWith(tag), 'default: the script form').to.equal(true);
  });

  it('the quick exit’s static forms, rendered in the browser, are the command’s (dist/html) byte for byte', async () => {
    await choose(builder, box, '#sb-element', 'safety-quick-exit');
    for (const form of ['dsd', 'plain'] as const) {
      await choose(builder, box, `#sb-form-${form}`, form);
      const file = await src.load(staticFileName('safety-quick-exit', 'england-wales', 'en', form));
      expect(builder.current.html, form).to.equal(
        file!
          .replace(/^<!--[\s\S]*?-->\n/, '')
          .trim()
          .replace(' nation="england-wales"', ''),
      );
    }
  });

  for (const e of ELEMENTS) {
    for (const form of ['plain', 'dsd'] as const) {
      it(`${e.tag} (${form}): pasted into a blank page, shows the preview’s text and links, and the live element’s numbers`, async () => {
        await choose(builder, box, '#sb-element', e.tag);
        if (e.nation) await choose(builder, box, '#sb-nation', NATION_OF[e.tag]);
        await choose(builder, box, `#sb-form-${form}`, form);
        const copied = await copyFrom(box);
        expect(copied.length, 'something to paste').to.be.greaterThan(100);
        expect(/<script/i.test(copied), 'no script').to.equal(false);
        if (form === 'plain')
          expect(/<style|style=|<template|<safety-/i.test(copied), 'no style, template or custom tag').to.equal(false);
        const pasted = await paste(copied);
        frames.push(pasted);
        const preview = await loadedFrame(box.querySelector<HTMLIFrameElement>('.preview iframe')!);
        const text = shownText(pasted.contentDocument!.body);
        expect(text.length).to.be.greaterThan(20);
        expect(text, 'same text as the preview').to.equal(shownText(preview.body));
        expect(links(pasted.contentDocument!.body, anyLink).join(' '), 'same links as the preview').to.equal(
          links(preview.body, anyLink).join(' '),
        );
        if (form === 'dsd')
          expect(Boolean(pasted.contentDocument!.querySelector(e.tag)?.shadowRoot), 'declarative shadow root').to.equal(
            true,
          );
        // The numbers a reader can call are the live element's (what the script form shows).
        await choose(builder, box, '#sb-form-script', 'script');
        const live = box.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`.preview ${e.tag}`)!;
        await live.updateComplete;
        expect(links(pasted.contentDocument!.body).join(' '), 'the live element’s tel:/sms: links').to.equal(
          links(live.shadowRoot!).join(' '),
        );
        if (e.tag === 'safety-quick-exit')
          expect(links(pasted.contentDocument!.body, anyLink)[0]).to.equal('https://www.bbc.co.uk/weather');
      });
    }

    it(`${e.tag} (script tag): pasted into a blank page, the pinned file loads, the element upgrades and shows what the preview shows`, async () => {
      await choose(builder, box, '#sb-element', e.tag);
      if (e.nation) await choose(builder, box, '#sb-nation', NATION_OF[e.tag]);
      // The test server has the files at /dist/cdn/ (a site's own copy); the integrity is pinned all the same.
      await choose(builder, box, '#sb-base', '/dist/cdn/');
      const copied = await copyFrom(box);
      expect(copied).to.include(`integrity="${src.integrity!['safety-elements.iife.js']}"`);
      const pasted = await paste(copied, { scripts: true });
      frames.push(pasted);
      const win = pasted.contentWindow as Window & typeof globalThis;
      await Promise.race([
        win.customElements.whenDefined(e.tag),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`${e.tag} not defined in the pasted page within 10 s`)), 10000),
        ),
      ]);
      const el = pasted.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(e.tag)!;
      await el.updateComplete;
      const live = box.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`.preview ${e.tag}`)!;
      await live.updateComplete;
      expect(shownText(el), 'same text as the preview').to.equal(shownText(live));
      expect(links(el, anyLink).join(' '), 'same links as the preview').to.equal(links(live, anyLink).join(' '));
      if (e.tag === 'safety-helpline-directory') expect(links(el).length, 'phone links').to.be.greaterThan(3);
    });
  }

  it('script tag with the static copy: shown from its declarative shadow DOM, then upgraded to the preview’s content', async () => {
    await choose(builder, box, '#sb-element', 'safety-checklist');
    await choose(builder, box, '#sb-base', '/dist/cdn/');
    await choose(builder, box, '#sb-static-start', 'on');
    const copied = await copyFrom(box);
    expect(copied.indexOf('shadowrootmode'), 'static copy first').to.be.lessThan(copied.indexOf('<script'));
    const pasted = await paste(copied, { scripts: true });
    frames.push(pasted);
    await expectShownAsPreview(pasted, box, 'safety-checklist', 'one copy, the element’s');
    expect(pasted.contentDocument!.querySelectorAll('safety-checklist').length).to.equal(1);
  });

  it('quick exit first: the quick exit’s own file, then the complete file deferred, each pinned; pasted, both work', async () => {
    const integrity = (await sources()).integrity!;
    await choose(builder, box, '#sb-element', 'safety-checklist');
    await choose(builder, box, '#sb-base', '/dist/cdn/');
    await choose(builder, box, '#sb-quick-exit-first', 'on');
    const copied = await copyFrom(box);
    const lines = copied.split('\n');
    expect(lines[0]).to.equal(
      `<script src="/dist/cdn/safety-quick-exit.iife.js" integrity="${integrity['safety-quick-exit.iife.js']}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`,
    );
    expect(lines[1]).to.equal(
      `<script src="/dist/cdn/safety-elements.iife.js" defer integrity="${integrity['safety-elements.iife.js']}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`,
    );
    expect(lines[2]).to.match(/^<safety-checklist[ >]/);
    // A quick exit elsewhere on the page (its template's), and a probe between the two lines: the first file
    // (its integrity checked) has defined the quick exit before the deferred one runs.
    const probe = `<script>window.__quickExitFirst = !!customElements.get('safety-quick-exit');</script>`;
    const pasted = await paste(
      `<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>\n${lines[0]}${probe}\n${lines.slice(1).join('\n')}`,
      { scripts: true },
    );
    frames.push(pasted);
    await expectShownAsPreview(pasted, box, 'safety-checklist', 'the element works');
    const win = pasted.contentWindow as Window & typeof globalThis;
    expect((win as unknown as { __quickExitFirst: boolean }).__quickExitFirst, 'defined by the first line').to.equal(
      true,
    );
    const qe = pasted.contentDocument!.querySelector('safety-quick-exit')!;
    expect(qe.shadowRoot?.querySelector('[part="button"]'), 'the quick exit is upgraded').to.not.equal(null);
    await choose(builder, box, '#sb-quick-exit-first', 'off');
    expect(builder.current.html.split('\n')[0], 'one line again').to.include('safety-elements.iife.js');
  });

  it('an option the pre-rendered files do not carry: the builder says so and gives the command', async () => {
    await choose(builder, box, '#sb-element', 'safety-clares-law');
    await choose(builder, box, '#sb-form-plain', 'plain');
    expect(box.querySelector('.inexact'), 'no note with default options').to.equal(null);
    await choose(builder, box, '#sb-opt-force-name', 'Example Police');
    expect(builder.current.exact).to.equal(false);
    expect(box.querySelector('.inexact')?.textContent ?? '').to.include(
      'npx safety-elements html safety-clares-law nation=england-wales lang=en force-name="Example Police" --plain',
    );
  });
});
