/**
 * The snippet builder's logic, apart from its page (stories/snippet-builder.stories.ts) so that
 * test/static/snippet-builder.test.ts can test it. Never part of the runtime bundles.
 *
 * Where the no-script HTML comes from: the pre-rendered files in dist/html/, which `npm run build` writes
 * with Lit's server renderer through the same code as `npx safety-elements html`. The builder does not
 * copy a live element's shadow DOM instead, because a live element in the editor's browser is not the
 * server's render: the online-safety guide detects the editor's browser, the directory knows the time
 * ("open now"), a checklist may read saved ticks, so its copy would differ from the command's output and
 * from what a reader without script sees; and `@lit-labs/ssr` needs Node. The files are byte for byte
 * what the package ships, and need no server. The cost: they exist for each element, nation and language
 * with every other option at its default; when an editor sets another option, the builder says so and
 * shows the command that renders it. The quick exit is the exception: its static form is a plain function
 * of its attributes (quick-exit.static.ts, no Lit renderer and no browser state), so the builder runs it
 * here with every option, through the same transform as the command (src/static/transform.ts).
 */
import * as checklistStrings from '../../src/components/checklist/checklist.strings.js';
import * as claresLawStrings from '../../src/components/clares-law/clares-law.strings.js';
import * as fourExplainerStrings from '../../src/components/four-explainer/four-explainer.strings.js';
import * as helplineStrings from '../../src/components/helpline-directory/helpline-directory.strings.js';
import * as onlineSafetyStrings from '../../src/components/online-safety/online-safety.strings.js';
import { quickExitStatic } from '../../src/components/quick-exit/quick-exit.static.js';
import * as quickExitStrings from '../../src/components/quick-exit/quick-exit.strings.js';
import { VERSION } from '../../src/internal/version.js';
import { cleanDsd, toPlain } from '../../src/static/transform.js';

export type Tag =
  | 'safety-quick-exit'
  | 'safety-helpline-directory'
  | 'safety-four-explainer'
  | 'safety-checklist'
  | 'safety-clares-law'
  | 'safety-online-safety';

export interface OptionDef {
  name: string;
  label: string;
  type: 'text' | 'select' | 'boolean';
  /** The element's own default (an option left at it is not written into the snippet). */
  default: string | boolean;
  choices?: string[];
  hint?: string;
}

export interface ElementDef {
  tag: Tag;
  title: string;
  /** Whether the element has a `nation` attribute. */
  nation: boolean;
  options: OptionDef[];
  /** The element's strings module: its tables give the languages offered. */
  strings: object;
}

const heading: OptionDef = {
  name: 'heading',
  label: 'Heading',
  type: 'text',
  default: '',
  hint: 'empty: the element’s own heading',
};

export const ELEMENTS: ElementDef[] = [
  {
    tag: 'safety-quick-exit',
    title: 'Quick exit',
    nation: false,
    strings: quickExitStrings,
    options: [
      { name: 'href', label: 'Neutral site it leaves to', type: 'text', default: 'https://www.bbc.co.uk/weather' },
      { name: 'label', label: 'Button text', type: 'text', default: '', hint: 'empty: “Leave this site”' },
      { name: 'position', label: 'Position', type: 'select', default: 'inline', choices: ['inline', 'top', 'bottom'] },
      {
        name: 'shortcut',
        label: 'Keyboard shortcut',
        type: 'select',
        default: 'shift',
        choices: ['shift', 'escape', 'none'],
      },
    ],
  },
  {
    tag: 'safety-helpline-directory',
    title: 'Helpline directory',
    nation: true,
    strings: helplineStrings,
    options: [
      heading,
      { name: 'layout', label: 'Layout', type: 'select', default: 'list', choices: ['list', 'compact'] },
    ],
  },
  {
    tag: 'safety-four-explainer',
    title: 'FOUR explainer',
    nation: true,
    strings: fourExplainerStrings,
    options: [
      heading,
      { name: 'law', label: 'Show the stalking law for the nation', type: 'boolean', default: false },
      { name: 'layout', label: 'Layout', type: 'select', default: 'cards', choices: ['cards', 'accordion', 'compact'] },
    ],
  },
  {
    tag: 'safety-checklist',
    title: 'Safety checklist',
    nation: true,
    strings: checklistStrings,
    options: [
      heading,
      {
        name: 'print-title',
        label: 'Title of the printed copy',
        type: 'text',
        default: '',
        hint: 'e.g. a neutral “Notes”',
      },
    ],
  },
  {
    tag: 'safety-clares-law',
    title: 'Clare’s Law',
    nation: true,
    strings: claresLawStrings,
    options: [
      heading,
      { name: 'force-name', label: 'Police force name', type: 'text', default: '' },
      { name: 'apply-href', label: 'Your force’s application page', type: 'text', default: '' },
    ],
  },
  {
    tag: 'safety-online-safety',
    title: 'Online safety',
    nation: true,
    strings: onlineSafetyStrings,
    options: [heading],
  },
];

export const NATIONS = [
  { value: 'england-wales', label: 'England and Wales' },
  { value: 'england', label: 'England' },
  { value: 'wales', label: 'Wales' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
] as const;

export const elementDef = (tag: string): ElementDef => ELEMENTS.find((e) => e.tag === tag) ?? ELEMENTS[0]!;

const LANG_CODE = /^[a-z]{2,3}$/;
/**
 * The languages an element has strings tables for, English first: every export of its strings module
 * named as a language (`en`, `cy`). A language is offered as soon as its tables land; nothing here names Welsh.
 */
export const languagesFor = (tag: string): string[] => tableLanguages(elementDef(tag).strings);

/** The language codes of a strings module (see languagesFor). */
export function tableLanguages(mod: object): string[] {
  const codes = new Set<string>(['en']);
  for (const [name, value] of Object.entries(mod)) {
    if (!value || typeof value !== 'object') continue;
    if (LANG_CODE.test(name)) codes.add(name);
  }
  return [...codes];
}

/** "English", "Cymraeg (Welsh)": the language's own name, then its English name. */
export function languageName(code: string): string {
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return own.toLowerCase() === english.toLowerCase() ? english : `${own} (${english})`;
  } catch {
    return code;
  }
}

export interface Choice {
  tag: Tag;
  nation: string;
  lang: string;
  /** Option values by attribute name; an option left at its default is not written. */
  options: Record<string, string | boolean>;
}

export const defaultChoice = (tag: Tag = 'safety-helpline-directory'): Choice => ({
  tag,
  nation: 'england-wales',
  lang: 'en',
  options: {},
});

/** The options the editor changed from their defaults (as attributes: a ticked boolean is ''). */
export function changedOptions(choice: Choice): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of elementDef(choice.tag).options) {
    const v = choice.options[o.name];
    if (v === undefined || v === o.default) continue;
    if (o.type === 'boolean') {
      if (v === true) out[o.name] = '';
    } else if (typeof v === 'string' && v.trim() !== '') out[o.name] = v.trim();
  }
  return out;
}

/** Every attribute of the element, in a stable order: nation, lang, then the changed options. */
export function attributesOf(choice: Choice): Record<string, string> {
  const def = elementDef(choice.tag);
  const out: Record<string, string> = {};
  if (def.nation) out.nation = choice.nation;
  out.lang = choice.lang;
  Object.assign(out, changedOptions(choice));
  return out;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrText = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`))
    .join('');

/** The element's tag for a page with the script; the quick exit keeps its child link (it works before the script). */
export function elementMarkup(choice: Choice): string {
  const attrs = attributesOf(choice);
  if (choice.tag !== 'safety-quick-exit') return `<${choice.tag}${attrText(attrs)}></${choice.tag}>`;
  const { href, ...rest } = attrs;
  const link = href ?? String(elementDef('safety-quick-exit').options[0]!.default);
  const label = rest.label ?? quickExitStrings.en.label;
  return `<safety-quick-exit${attrText(rest)}>\n  <a href="${escapeAttr(link)}" rel="noreferrer">${escapeText(label)}</a>\n</safety-quick-exit>`;
}

/** The classic single file: one file, every element, one integrity hash covers all (README, "Which file when"). */
export const SCRIPT_FILE = 'safety-elements.iife.js';
/** The quick exit's own classic file, before the complete one where a page takes two lines (README, "Quick exit first"). */
export const QUICK_EXIT_FILE = 'safety-quick-exit.iife.js';
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/safety-elements@${VERSION}/dist/cdn/`;

export function scriptTag(
  base: string,
  integrity: Record<string, string> | undefined,
  { file = SCRIPT_FILE, defer = false }: { file?: string; defer?: boolean } = {},
): string {
  const hash = integrity?.[file];
  const src = `${base.replace(/\/?$/, '/')}${file}`;
  // crossorigin is needed for the integrity check of a file from another origin, and harmless on one's own.
  return `<script src="${escapeAttr(src)}"${defer ? ' defer' : ''}${hash ? ` integrity="${hash}" crossorigin="anonymous"` : ''} referrerpolicy="no-referrer"></script>`;
}

/** The script lines: the classic file, or the quick exit's own file then the classic file deferred. */
export function scriptTags(
  base: string,
  integrity: Record<string, string> | undefined,
  quickExitFirst: boolean,
): string {
  if (!quickExitFirst) return scriptTag(base, integrity);
  return `${scriptTag(base, integrity, { file: QUICK_EXIT_FILE })}\n${scriptTag(base, integrity, { defer: true })}`;
}

export type StaticKind = 'dsd' | 'plain' | 'dsd-script';

/** The pre-rendered file's name, as `npm run build` writes it in dist/html/. */
export const staticFileName = (tag: string, nation: string, lang: string, kind: StaticKind) =>
  `${tag}.${nation}.${lang}.${kind}.html`;

/** The command that renders this choice (what a developer runs for options the files do not carry). */
export function command(choice: Choice, kind: StaticKind): string {
  const quote = (v: string) => (/^[\w.:/@-]+$/.test(v) ? v : `"${v.replace(/(["\\$`])/g, '\\$1')}"`);
  const args = Object.entries(attributesOf(choice)).map(([n, v]) => (v === '' ? n : `${n}=${quote(v)}`));
  const flag = kind === 'plain' ? ' --plain' : kind === 'dsd-script' ? ' --with-script' : '';
  return `npx safety-elements html ${choice.tag} ${args.join(' ')}${flag}`;
}

export interface Sources {
  /** A pre-rendered file of dist/html/ by name, or undefined if there is none. */
  load(name: string): Promise<string | undefined>;
  /** dist/cdn/integrity.json, or undefined if the build has not run. */
  integrity: Record<string, string> | undefined;
}

export interface StaticResult {
  html: string;
  /** True when the HTML carries every option chosen; false when a file with the defaults stands in. */
  exact: boolean;
  /** The pre-rendered file used (undefined for the quick exit, rendered here, or when none exists). */
  file?: string;
}

/** One static form of the choice. */
export async function staticHtml(choice: Choice, kind: StaticKind, sources: Sources): Promise<StaticResult> {
  if (choice.tag === 'safety-quick-exit') {
    // What renderStatic (src/static/render.ts) does for the quick exit, with the same functions.
    const dsd = quickExitStatic(attributesOf(choice));
    const clean = cleanDsd(dsd, { withScript: kind === 'dsd-script' });
    return { html: kind === 'plain' ? toPlain(clean) : clean, exact: true };
  }
  const exact = Object.keys(changedOptions(choice)).length === 0;
  // A language whose tables change nothing for this element has no file of its own (scripts/prerender.mjs).
  for (const lang of [...new Set([choice.lang, 'en'])]) {
    const file = staticFileName(choice.tag, choice.nation, lang, kind);
    const text = await sources.load(file);
    if (text !== undefined) return { html: text.replace(/^<!--[\s\S]*?-->\n/, '').trim(), exact, file };
  }
  return { html: '', exact: false };
}

export type Form = 'script' | 'dsd' | 'plain';

export interface ScriptOptions {
  base: string;
  /** Paste the static copy too, so that the element shows before the script has run and upgrades without a jump. */
  staticStart: boolean;
  /** Two script lines: the quick exit's own classic file, then the complete file deferred. */
  quickExitFirst?: boolean;
}

/** What the builder copies for a form. */
export async function snippet(
  choice: Choice,
  form: Form,
  sources: Sources,
  script: ScriptOptions = { base: CDN_BASE, staticStart: false },
): Promise<StaticResult> {
  if (form !== 'script') return staticHtml(choice, form, sources);
  const tag = scriptTags(script.base, sources.integrity, script.quickExitFirst ?? false);
  if (!script.staticStart) return { html: `${tag}\n${elementMarkup(choice)}`, exact: true };
  // The script after the static copy: parsed first, the copy is drawn at once and the script upgrades it in
  // place. (A script that has already run when the parser meets the element attaches the element's own
  // shadow root first, and the declarative one is dropped: then the copy would be pointless.)
  const start = await staticHtml(choice, 'dsd-script', sources);
  return { ...start, html: `${start.html}\n${tag}` };
}
