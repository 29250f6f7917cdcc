/**
 * The snippet builder's page: choose an element, nation, language and options, see the preview, copy the
 * snippet. Plain Lit templates rendered into a container (no custom element of its own), so the story and
 * test/static/snippet-builder.test.ts mount the same thing. The logic is in ./snippet.ts.
 *
 * Preview: for the script tag, the live element (the page has the library); for the no-script forms, the
 * copied HTML itself in a sandboxed frame with scripts off, which is what a reader of the CMS page gets.
 * Each copy also fires `snippet-copy` on the container with the copied text (for the copy-and-paste test,
 * since a test page cannot always read the clipboard).
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  CDN_BASE,
  type Choice,
  ELEMENTS,
  type Form,
  NATIONS,
  type Sources,
  type StaticResult,
  type Tag,
  command,
  defaultChoice,
  elementDef,
  elementMarkup,
  languageName,
  languagesFor,
  snippet,
} from './snippet.js';

export interface BuilderState {
  choice: Choice;
  form: Form;
  base: string;
  staticStart: boolean;
  quickExitFirst: boolean;
}

export type Patch = Partial<Omit<BuilderState, 'choice'>> & { choice?: Partial<Choice> };

export interface Builder {
  state: BuilderState;
  /** The snippet now shown (what Copy copies). */
  current: StaticResult;
  /** Resolves when the view shows the current state (snippet and preview). */
  settled(): Promise<void>;
  update(patch: Patch): Promise<void>;
}

const FORMS: { value: Form; label: string; help: string }[] = [
  {
    value: 'script',
    label: 'Yes: a script tag and the element',
    help: 'Your CMS keeps a <script> tag (in the page or its template). The element is live: open now, search, the shortcut. The file is the classic single file, its version and integrity pinned.',
  },
  {
    value: 'dsd',
    label: 'No script, but <template> and <style> are kept: static copy (declarative shadow DOM)',
    help: 'Looks like the element and needs no script. Nothing live: no “open now”, search, saving or shortcut.',
  },
  {
    value: 'plain',
    label: 'No script, and <style> or unknown tags are stripped: plain HTML',
    help: 'Headings, lists, phone links and <details>, with no script, no style and no custom tag.',
  },
];

export function mountSnippetBuilder(
  container: HTMLElement,
  sources: Sources,
  initial: Partial<BuilderState> = {},
): Builder {
  const state: BuilderState = {
    choice: defaultChoice(),
    form: 'script',
    base: CDN_BASE,
    staticStart: false,
    quickExitFirst: false,
    ...initial,
  };
  let current: StaticResult = { html: '', exact: true };
  let copied = '';
  let pending: Promise<void> = Promise.resolve();

  const previewElement = (choice: Choice): HTMLElement => {
    // Built from the same markup the script snippet carries, so the preview is what the page will show.
    const t = document.createElement('template');
    t.innerHTML = elementMarkup(choice);
    return t.content.firstElementChild as HTMLElement;
  };
  let preview = previewElement(state.choice);
  let previewKey = '';

  const copy = async () => {
    const text = current.html;
    container.dispatchEvent(new CustomEvent('snippet-copy', { detail: text, bubbles: true }));
    try {
      await navigator.clipboard.writeText(text);
      copied = 'Copied. Paste it into your CMS’s HTML (source) view.';
    } catch {
      const area = container.querySelector<HTMLTextAreaElement>('textarea');
      area?.select();
      copied = 'Your browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
    draw();
  };

  const set = (patch: Patch) => {
    const next = { ...state, ...patch, choice: { ...state.choice, ...(patch.choice ?? {}) } };
    if (patch.choice?.tag && patch.choice.tag !== state.choice.tag) {
      next.choice.options = {};
      if (!languagesFor(next.choice.tag).includes(next.choice.lang)) next.choice.lang = 'en';
    }
    Object.assign(state, next);
    copied = '';
    return refresh();
  };

  const refresh = () => {
    const snapshot = structuredClone(state);
    pending = pending.then(async () => {
      current = await snippet(snapshot.choice, snapshot.form, sources, {
        base: snapshot.base,
        staticStart: snapshot.staticStart,
        quickExitFirst: snapshot.quickExitFirst,
      });
      const key = JSON.stringify(snapshot.choice);
      if (key !== previewKey) {
        preview = previewElement(snapshot.choice);
        previewKey = key;
      }
      draw();
      const upgraded = preview as HTMLElement & { updateComplete?: Promise<unknown> };
      await upgraded.updateComplete;
    });
    return pending;
  };

  const option = (o: (typeof ELEMENTS)[number]['options'][number]) => {
    const value = state.choice.options[o.name] ?? o.default;
    const id = `sb-opt-${o.name}`;
    const change = (v: string | boolean) => void set({ choice: { options: { ...state.choice.options, [o.name]: v } } });
    if (o.type === 'boolean')
      return html`<p><input id=${id} type="checkbox" .checked=${live(value === true)} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
        <label for=${id}>${o.label}</label></p>`;
    if (o.type === 'select')
      return html`<p><label for=${id}>${o.label}</label><br />
        <select id=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
          ${o.choices!.map((c) => html`<option value=${c} ?selected=${c === value}>${c}</option>`)}
        </select></p>`;
    return html`<p><label for=${id}>${o.label}</label>${o.hint ? html` <small>(${o.hint})</small>` : nothing}<br />
      <input id=${id} type="text" size="40" .value=${live(String(value))} @change=${(e: Event) => change((e.target as HTMLInputElement).value)} /></p>`;
  };

  const draw = () => {
    const def = elementDef(state.choice.tag);
    const langs = languagesFor(state.choice.tag);
    const form = FORMS.find((f) => f.value === state.form)!;
    const staticKind = state.form === 'script' ? (state.staticStart ? 'dsd-script' : undefined) : state.form;
    const missing = staticKind !== undefined && current.html === '';
    render(
      html`<div class="snippet-builder" data-form=${state.form}>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>What to add</legend>
            <p><label for="sb-element">Element</label><br />
              <select id="sb-element" @change=${(e: Event) => void set({ choice: { tag: (e.target as HTMLSelectElement).value as Tag } })}>
                ${ELEMENTS.map((e) => html`<option value=${e.tag} ?selected=${e.tag === state.choice.tag}>${e.title} (&lt;${e.tag}&gt;)</option>`)}
              </select></p>
            ${
              def.nation
                ? html`<p><label for="sb-nation">The reader’s nation</label><br />
                  <select id="sb-nation" @change=${(e: Event) => void set({ choice: { nation: (e.target as HTMLSelectElement).value } })}>
                    ${NATIONS.map((n) => html`<option value=${n.value} ?selected=${n.value === state.choice.nation}>${n.label}</option>`)}
                  </select></p>`
                : nothing
            }
            <p><label for="sb-lang">Language</label><br />
              <select id="sb-lang" @change=${(e: Event) => void set({ choice: { lang: (e.target as HTMLSelectElement).value } })}>
                ${langs.map((l) => html`<option value=${l} ?selected=${l === state.choice.lang}>${languageName(l)}</option>`)}
              </select></p>
            ${def.options.map(option)}
          </fieldset>
          <fieldset>
            <legend>Can your CMS add a script tag?</legend>
            ${FORMS.map(
              (
                f,
              ) => html`<p><input type="radio" name="sb-form" id=${`sb-form-${f.value}`} value=${f.value} .checked=${live(f.value === state.form)}
                  @change=${() => void set({ form: f.value })} />
                <label for=${`sb-form-${f.value}`}>${f.label}</label></p>`,
            )}
            <p class="help">${form.help}</p>
            ${
              state.form === 'script'
                ? html`<p><label for="sb-base">Folder of the file (your own copy is better: a public CDN learns who visits a support page)</label><br />
                    <input id="sb-base" type="text" size="60" .value=${live(state.base)} @change=${(e: Event) => void set({ base: (e.target as HTMLInputElement).value.trim() || CDN_BASE })} /></p>
                  <p><input id="sb-static-start" type="checkbox" .checked=${live(state.staticStart)} @change=${(e: Event) => void set({ staticStart: (e.target as HTMLInputElement).checked })} />
                    <label for="sb-static-start">Also paste the static copy, so it shows before the script runs and upgrades without a jump (needs &lt;template&gt; and &lt;style&gt; kept)</label></p>
                  <p><input id="sb-quick-exit-first" type="checkbox" .checked=${live(state.quickExitFirst)} @change=${(e: Event) => void set({ quickExitFirst: (e.target as HTMLInputElement).checked })} />
                    <label for="sb-quick-exit-first">Quick exit first: two script lines, best in the page’s &lt;head&gt;, so the quick exit is ready about a quarter of a second sooner on a slow phone connection</label></p>
                  ${sources.integrity ? nothing : html`<p role="alert">No integrity hashes found (dist/cdn/integrity.json): run <code>npm run build</code> before building Storybook.</p>`}`
                : nothing
            }
          </fieldset>
        </form>
        <h3 id="sb-preview-heading">Preview</h3>
        <div class="preview" aria-labelledby="sb-preview-heading">
          ${
            state.form === 'script'
              ? preview
              : html`<iframe title="Preview of the pasted HTML" sandbox="allow-same-origin" style="width:100%;height:600px;border:1px solid #888"
                .srcdoc=${`<!doctype html><html lang="${state.choice.lang}"><title>Preview</title><body>${current.html}</body></html>`}></iframe>`
          }
        </div>
        <h3 id="sb-code-heading">Snippet</h3>
        ${
          missing
            ? html`<p role="alert">No pre-rendered file for this choice: run <code>npm run build</code> before building Storybook, or run <code>${command(state.choice, staticKind)}</code>.</p>`
            : nothing
        }
        ${
          staticKind !== undefined && !current.exact && !missing
            ? html`<p role="status" class="inexact">The ready-made static HTML has the other options at their defaults. For the options you chose,
              ask your developer to run <code>${command(state.choice, staticKind)}</code> and paste its output.</p>`
            : nothing
        }
        <textarea aria-labelledby="sb-code-heading" readonly rows="10" cols="100" .value=${live(current.html)}></textarea>
        <p><button type="button" @click=${copy}>Copy snippet</button> <span role="status">${copied}</span></p>
      </div>`,
      container,
    );
  };

  void refresh();
  return {
    state,
    get current() {
      return current;
    },
    settled: () => pending,
    update: set,
  };
}
