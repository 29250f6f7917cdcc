import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import {
  FOUR_IDS,
  FOUR_WORDS,
  REPORT_ONLINE,
  STALKING_SIGNPOSTS,
  WHAT_TO_DO,
  vsFor,
  type FourWordId,
} from '../../data/four.js';
import { EMERGENCY, keyHelpline } from '../../data/key-helplines.js';
import type { LawNation } from '../../data/stalking-law.js';
import { lawNation, normaliseNation, type Nation } from '../../internal/nation.js';
import { forgetOnPageLeave } from '../../internal/events.js';
import { heading, headingLevelOf, headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';
import { oneOf } from '../../internal/enum-attribute.js';
import { onDemand, partsArrived } from '../../internal/on-demand.js';
import { phoneLink } from '../../internal/phone-link.js';
import { LangController, format, formatParts, has, warnUnknownKeys } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { textRecordAttribute } from '../../internal/json-attribute.js';
import { en, translations } from './four-explainer.strings.js';
import { styles } from './four-explainer.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import { DisclosurePrint, disclosure, disclosureStyles } from '../../internal/disclosure.js';
import { shortAddress, webLink } from '../../internal/web-link.js';

const TAG = '<safety-four-explainer>';
export type FourLayout = 'cards' | 'accordion' | 'compact';
export type FourMode = 'explain' | 'check';
const LAYOUTS: readonly FourLayout[] = ['cards', 'accordion', 'compact'];
const MODES: readonly FourMode[] = ['explain', 'check'];
// Sections off by default, each a module of its own loaded when turned on (issue 18; internal/on-demand.ts).
const LAW = () => import('./four-explainer.law.js');
const TYPES = () => import('./four-explainer.types.js');
const CHECK = () => import('./four-explainer.check.js');

/** What an on-demand section's module needs from the element to render its body. */
export interface FourPartContext {
  /** The element (for its language's date format). */
  readonly host: HTMLElement;
  /** Text for a key: the site's override, then the `lang` table, then the bundled English. */
  readonly t: (key: string, fallback?: string) => string;
  /** A link to a source, checked against the URL allow-list. */
  readonly link: (url: string, text: string, what: string) => TemplateResult | string;
}

/**
 * Explains stalking with the police mnemonic FOUR (Fixated, Obsessive, Unwanted, Repeated), how
 * stalking differs from harassment, optionally the law in the reader's nation and the common types of
 * stalker, and always ends with what to do. `mode="check"` lets a reader tick what has happened and
 * shows which of the four signs it matches; nothing ticked is stored or sent, and it is cleared by the
 * "Clear my answers" button, by the quick exit's `safety-exit` event, and when the page is left
 * (`pagehide`, so a page restored from the back-forward cache comes back empty).
 *
 * Every text is overridable through `strings`: every key and its English text are listed in docs/api.md
 * ("Strings"); a key the element does not have warns once and is ignored.
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary FOUR (Fixated, Obsessive, Unwanted, Repeated), stalking versus harassment, and "does this sound familiar?".
 * @customElement safety-four-explainer
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 *
 * @slot signposts - Replaces the closing "What you can do" list with the site's own signposts (the heading stays).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The element's main heading.
 * @csspart intro - The line before the four words.
 * @csspart cards - The list of four tiles (`layout="cards"`).
 * @csspart card - One tile; also `card-fixated`, `card-obsessive`, `card-unwanted`, `card-repeated`.
 * @csspart word - A word's heading or name.
 * @csspart meaning - A word's one-line meaning.
 * @csspart examples - A word's list of examples.
 * @csspart sentence - The compact layout's sentence.
 * @csspart disclosure - One show/hide item (a native `<details>`: accordion layout, and the compact layout's sections).
 * @csspart toggle - An item's `<summary>`; in the compact layout, also each word button inside the sentence.
 * @csspart disclosure-heading - An item's heading, inside its toggle.
 * @csspart panel - An item's content; in the compact layout, also each word's meaning.
 * @csspart section - An always-open section (`layout="cards"`): stalking or harassment, law, types.
 * @csspart section-heading - An always-open section's heading; also the check block's heading.
 * @csspart law-list - The law sentences.
 * @csspart law-sources - The list of law sources.
 * @csspart types-list - The types of stalker.
 * @csspart check - The check mode's block.
 * @csspart privacy - "Nothing you tick is saved or sent".
 * @csspart fieldset - The check list's fieldset.
 * @csspart behaviour - One tickable behaviour (label and box).
 * @csspart checkbox - A behaviour's checkbox.
 * @csspart summary - The check result sentence (a polite live region).
 * @csspart matches - The list of the four signs and whether the answers show each.
 * @csspart match - One sign; also `match-matched` when the answers show it.
 * @csspart calm - The calm note under a result.
 * @csspart clear - The "Clear my answers" button.
 * @csspart todo - The closing "What you can do" block.
 * @csspart todo-heading - Its heading.
 * @csspart signposts - The default signposts list.
 * @csspart signpost - One default signpost.
 * @csspart phone - A phone link.
 * @csspart link - A web link.
 *
 * @cssprop [--safety-four-explainer-accent=var(--safety-color-primary, #1d70b8)] - Tile edge, open item edge and matched sign colour.
 * @cssprop [--safety-four-explainer-accent-contrast=var(--safety-color-primary-contrast, #ffffff)] - Text on the accent colour.
 * @cssprop [--safety-four-explainer-card-background=var(--safety-color-surface-muted, #f3f2f1)] - Tile and panel background.
 * @cssprop [--safety-four-explainer-card-min=13rem] - Narrowest tile before the grid wraps.
 */
export class SafetyFourExplainer extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, disclosureStyles, styles];

  /** How the four words are shown: `cards` (four tiles, the default), `accordion` (every part collapsible) or `compact` (one sentence whose four words open their meanings). */
  @property({ reflect: true }) layout: 'cards' | 'accordion' | 'compact' = 'cards';

  /** `explain` (default) or `check`: a "does this sound familiar?" list whose ticks show which of the four signs they match. */
  @property({ reflect: true }) mode: 'explain' | 'check' = 'explain';

  /** Accordion and compact layouts: only one item open at a time (opening one closes the other; native `<details name>`, so also in static HTML). Without it, any number can be open. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Shows the section on the law for `nation`. */
  @property({ type: Boolean, reflect: true }) law = false;

  /** Shows the section on the common types of stalker. */
  @property({ type: Boolean, reflect: true }) types = false;

  /** The reader's nation: `england-wales` (default), `england`, `wales`, `scotland` or `northern-ireland` (case-insensitive). It picks the law section's law and the services the closing steps name; any other value warns once and uses `england-wales`. */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /** Level of the element's own heading (1 to 6, default 2); its sections' headings are one level below. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, reflect: true, converter: headingLevelConverter(TAG) })
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The element's main heading (default "Is it stalking? Think FOUR"); wins over the `heading` key of `strings`. */
  @property() heading?: string;

  /**
   * Overrides any text by key, as an object or a JSON attribute. Every key and its English text are listed in
   * docs/api.md ("Strings"); a key the element does not have warns once and is ignored. Dotted keys (not
   * checked) override the bundled content: `fixated.word`, `vs.<id>` (`vs.stalking` in England and Wales,
   * `vs.stalking-offence` in Scotland and Northern Ireland), `todo.<id>`, `helpline.<id>.name`.
   */
  @property({ type: Object, converter: textRecordAttribute(TAG, 'strings') }) strings:
    Record<string, string> | undefined;

  /** Ids of the open items (accordion and compact layouts). */
  @state() private open = new Set<string>();
  /** Ids of the ticked behaviours (check mode). Held in memory only. */
  @state() private ticked = new Set<string>();
  @state() private cleared = false;

  constructor() {
    super();
    // Every item prints open, whichever the reader had closed.
    new DisclosurePrint(this);
    // The answers go with the page; on a quick exit, once it has been drawn hidden (clearing renders).
    forgetOnPageLeave(this, () => this.clear(false));
  }

  /** Unticks every behaviour. `announce` says so in the live region (the button does; an exit does not). */
  clear(announce = true): void {
    this.ticked = new Set();
    this.cleared = announce;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A dotted key names bundled content (`fixated.word`, `vs.who`, `helpline.<id>.name`): not checked here.
    if (changed.has('strings')) warnUnknownKeys(TAG, this.strings, (key) => has(en, key) || key.includes('.'));
    if (changed.has('layout')) this.currentLayout = oneOf(TAG, 'layout', this.layout, LAYOUTS, 'cards');
    if (changed.has('mode')) this.currentMode = oneOf(TAG, 'mode', this.mode, MODES, 'explain');
    if (changed.has('headingLevel')) this.level = headingLevelOf(TAG, this.headingLevel);
    if (this.hasUpdated && (changed.has('layout') || changed.has('single'))) {
      this.open = new Set();
    }
  }

  /** Whose law applies: England and Wales share one (a bad value has warned once and is England and Wales). */
  private get lawNation(): LawNation {
    return lawNation(normaliseNation(this.nation, `${TAG} nation`));
  }

  private currentLayout: FourLayout = 'cards';
  private currentMode: FourMode = 'explain';
  private level: HeadingLevel = 2;

  /** Strings and bundled content in the element's language, loaded when first needed. */
  private readonly _lang = new LangController<Record<string, string>>(this, en, translations);

  /** This render's strings, merged once per render rather than at each of its hundred lookups. */
  private table: Record<string, string> = en;

  /** Text for a key: the site's override, then the `lang` table, then the bundled English. */
  private t(key: string, fallback = ''): string {
    return this.table[key] ?? this._lang.content(key, fallback);
  }

  /** A compact word button: in `single` mode, opening it closes every other word and item. */
  private toggle(id: string): void {
    const open = new Set(this.single ? [] : this.open);
    if (this.open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  /** An item opened or closed by the reader (or closed by its `name` group). */
  private onToggle(id: string, isOpen: boolean): void {
    const open = new Set(this.single && isOpen ? [] : this.open);
    if (isOpen) open.add(id);
    else open.delete(id);
    this.open = open;
  }

  private tick(id: string, on: boolean): void {
    const ticked = new Set(this.ticked);
    if (on) ticked.add(id);
    else ticked.delete(id);
    this.ticked = ticked;
    this.cleared = false;
  }

  private wordText(id: FourWordId): string {
    const w = FOUR_WORDS.find((x) => x.id === id);
    return this.t(`${id}.word`, w?.word);
  }

  /** A word's name; in another language its English gloss, "(Unwanted)", is marked English for screen readers. */
  private word(id: FourWordId): unknown {
    const text = this.wordText(id);
    const english = FOUR_WORDS.find((x) => x.id === id)?.word ?? '';
    return english && text !== english && text.endsWith(`(${english})`)
      ? html`${text.slice(0, -english.length - 1)}<span lang="en">${english}</span>)`
      : text;
  }

  private wordBody(id: FourWordId, withName: boolean): TemplateResult {
    const w = FOUR_WORDS.find((x) => x.id === id)!;
    return html`
      <p part="meaning">${withName ? html`<strong part="word">${this.word(id)}</strong>: ` : nothing}${this.t(`${id}.meaning`, w.meaning)}</p>
      <p class="examples-label">${this.t('examples')}</p>
      <ul part="examples">
        ${w.examples.map((ex, n) => html`<li>${this.t(`${id}.example.${n}`, ex)}</li>`)}
      </ul>
    `;
  }

  /** A collapsible item: the shared disclosure, its title a heading; one `name` group in `single` mode. */
  private item(id: string, title: unknown, body: TemplateResult): TemplateResult {
    return disclosure(title, body, {
      id: `d-${id}`,
      open: this.open.has(id),
      name: this.single ? 'four' : undefined,
      heading: { level: this.level, depth: 1 },
      onToggle: (open) => this.onToggle(id, open),
    });
  }

  /** An extra section: always open in the cards layout, collapsible otherwise. */
  private section(id: string, title: string, body: TemplateResult): TemplateResult {
    if (this.currentLayout !== 'cards') return this.item(id, title, body);
    return html`<div part="section" class="section">${heading(this.level, 1, title, { part: 'section-heading' })}${body}</div>`;
  }

  private renderWords(): TemplateResult {
    const layout = this.currentLayout;
    if (layout === 'compact') {
      const buttons: Record<string, TemplateResult> = {};
      for (const id of FOUR_IDS) {
        buttons[id] = html`<button
          part="toggle"
          type="button"
          class="inline-toggle"
          aria-expanded=${this.open.has(id) ? 'true' : 'false'}
          aria-controls="p-${id}"
          @click=${() => this.toggle(id)}
        >${this.word(id)}</button>`;
      }
      return html`<p part="sentence" class="sentence">${formatParts(this.t('sentence'), buttons)}</p>
        ${FOUR_IDS.map((id) => html`<div part="panel" class="panel compact-panel" id="p-${id}" ?hidden=${!this.open.has(id)}>${this.wordBody(id, true)}</div>`)}`;
    }
    const intro = html`<p part="intro">${this.t('intro')}</p>`;
    if (layout === 'accordion') {
      return html`${intro}${FOUR_IDS.map((id) => this.item(id, this.word(id), this.wordBody(id, false)))}`;
    }
    return html`${intro}
      <ul part="cards" class="cards" role="list">
        ${FOUR_IDS.map(
          (id) => html`<li part="card card-${id}" class="card">
            ${heading(this.level, 1, this.word(id), { part: 'word' })} ${this.wordBody(id, false)}
          </li>`,
        )}
      </ul>`;
  }

  /** The check mode; while its module loads (or if it failed), the words as in explain mode. */
  private renderCheck(part: typeof import('./four-explainer.check.js') | undefined): TemplateResult {
    if (!part) return this.renderWords();
    return part.checkBlock({
      ...this.partContext,
      level: this.level,
      ticked: this.ticked,
      cleared: this.cleared,
      word: (id) => this.word(id),
      wordText: (id) => this.wordText(id),
      tick: (id, on) => this.tick(id, on),
      clear: () => this.clear(),
      calm: () => this.helplineSentence('resultCalm'),
    });
  }

  private renderVs(): TemplateResult {
    return this.section(
      'vs',
      this.t('vsHeading'),
      // The nation's own paragraphs: "a kind of harassment" is England and Wales law only.
      html`${vsFor(this.lawNation).map((p) => html`<p>${this.t(`vs.${p.id}`, p.text)}</p>`)}`,
    );
  }

  /** The check mode's, law and types sections' modules, when turned on and loaded (each asked for the first time it is on). */
  private get parts() {
    return {
      // From `mode` itself: the first scheduleUpdate asks before willUpdate has read it (a bad value warns once).
      check:
        oneOf(TAG, 'mode', this.mode, MODES, 'explain') === 'check'
          ? onDemand(this, CHECK, 'the check mode')
          : undefined,
      law: this.law ? onDemand(this, LAW, 'the law section') : undefined,
      types: this.types ? onDemand(this, TYPES, 'the types of stalker section') : undefined,
    };
  }

  private readonly partContext: FourPartContext = {
    host: this,
    t: (key, fallback) => this.t(key, fallback),
    link: (url, text, what) => this.link(url, text, what),
  };

  protected override async scheduleUpdate(): Promise<unknown> {
    // The first render waits for the sections turned on, so that it is whole: nothing moves when they come,
    // and static HTML (declarative shadow DOM) stays in place meanwhile. A section turned on later appears
    // when it arrives; one that fails to load is left out (one console error).
    if (!this.hasUpdated) {
      void this.parts;
      await partsArrived(this);
    }
    return super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await partsArrived(this)) done = await super.getUpdateComplete();
    return done;
  }

  private renderLaw(part: typeof import('./four-explainer.law.js') | undefined): TemplateResult | typeof nothing {
    if (!part) return nothing;
    const nation = this.lawNation;
    return this.section(
      'law',
      format(this.t('lawHeading'), { where: this.t(`in.${nation}`) }),
      part.lawBody(nation, this.partContext),
    );
  }

  private renderTypes(part: typeof import('./four-explainer.types.js') | undefined): TemplateResult | typeof nothing {
    return part ? this.section('types', this.t('typesHeading'), part.typesBody(this.partContext)) : nothing;
  }

  private link(url: string, text: string, what: string): TemplateResult | string {
    return webLink(url, text, { source: `${TAG} ${what}`, part: 'link' }) as TemplateResult | string;
  }

  private phone(number: string | undefined, what: string): TemplateResult | string {
    return phoneLink(number, `${TAG} ${what}`);
  }

  /** A sentence naming the National Stalking Helpline and its number, both from the helpline data. */
  private helplineSentence(key: string): unknown[] | string {
    const nsh = keyHelpline('national-stalking-helpline');
    const number = nsh?.phones?.[0]?.number;
    return nsh && number
      ? formatParts(this.t(key), {
          name: this.t(`helpline.${nsh.id}.name`, nsh.name),
          number: this.phone(number, nsh.id),
        })
      : '';
  }

  private renderSignposts(): TemplateResult {
    const nsh = keyHelpline('national-stalking-helpline');
    const nshPhone = nsh?.phones?.[0];
    const emergency = EMERGENCY.find((e) => e.id === 'emergency')?.number;
    const nonEmergency = EMERGENCY.find((e) => e.id === 'non-emergency')?.number;
    const online = REPORT_ONLINE[this.lawNation];
    const line = (id: string, content: unknown) => html`<li part="signpost" data-id=${id}>${content}</li>`;
    return html`<ul part="signposts" class="signposts">
      ${WHAT_TO_DO.map((s) => line(s.id, this.t(`todo.${s.id}`, s.text)))}
      ${emergency ? line('danger', formatParts(this.t('danger'), { number: this.phone(emergency, '999') })) : nothing}
      ${nonEmergency ? line('report', formatParts(this.t('report'), { number: this.phone(nonEmergency, '101') })) : nothing}
      ${online ? line('report-online', formatParts(this.t('reportOnline'), { link: this.link(online.source, this.t('reportOnlineLink'), 'report online') })) : nothing}
      ${STALKING_SIGNPOSTS[this.lawNation].map((id) => {
        // The National Stalking Helpline keeps its own key ('helpline'); the nation's own services follow the same pattern.
        if (id === nsh?.id) {
          return nshPhone
            ? line(
                'helpline',
                html`${this.helplineSentence('helpline')}
                ${nshPhone.free ? this.t('free') : nothing} ${nsh.website ? this.link(nsh.website, this.t('website'), `${nsh.id} website`) : nothing}`,
              )
            : nothing;
        }
        const h = keyHelpline(id);
        const phone = h?.phones?.[0];
        if (!h) return nothing;
        // No dead end: a service with no confirmed number is signposted to its website.
        if (!phone)
          return h.website
            ? line(
                `helpline-${id}`,
                formatParts(this.t('helplineWeb'), {
                  name: this.t(`helpline.${id}.name`, h.name),
                  link: this.link(h.website, shortAddress(h.website), `${id} website`),
                }),
              )
            : nothing;
        return line(
          `helpline-${id}`,
          html`${formatParts(this.t('helplineOther'), { name: this.t(`helpline.${id}.name`, h.name), number: this.phone(phone.number, id) })} ${phone.free ? this.t('free') : nothing}
          ${h.website ? this.link(h.website, this.t('website'), `${id} website`) : nothing}`,
        );
      })}
    </ul>`;
  }

  override render() {
    return this._lang.render(() => this.renderAll());
  }

  private renderAll(): TemplateResult {
    this.table = this._lang.merged(this.strings, { heading: this.heading });
    const layout = this.currentLayout;
    const { check, law, types } = this.parts;
    // A region named by its heading, as every content element is: found by landmarks too.
    return html`<section part="base" class="base layout-${layout}" aria-labelledby="title">
      ${heading(this.level, 0, this.t('heading'), { part: 'heading', id: 'title' })}
      ${this.currentMode === 'check' ? this.renderCheck(check) : this.renderWords()} ${this.renderVs()} ${this.renderLaw(law)} ${this.renderTypes(types)}
      <div part="todo" class="todo">
        ${heading(this.level, 1, this.t('todoHeading'), { part: 'todo-heading' })}
        <slot name="signposts">${this.renderSignposts()}</slot>
      </div>
    </section>`;
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
