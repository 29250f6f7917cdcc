import { jsonAttribute, textRecordAttribute } from '../../internal/json-attribute.js';
import { oneOf } from '../../internal/enum-attribute.js';
import { phoneLink } from '../../internal/phone-link.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CHECKLIST, checklistFor, type ChecklistGroup, type ChecklistItem } from '../../data/checklist.js';
import { lawNation, normaliseNation, type Nation } from '../../internal/nation.js';
import { keyHelpline } from '../../data/key-helplines.js';
import { afterHiddenFrame, onPageLeave } from '../../internal/events.js';
import { heading, headingLevelOf, headingLevelConverter } from '../../internal/heading.js';
import { LangController, format, has, warnUnknownKeys } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warn } from '../../internal/warn.js';
import { buildPlan, readLightDom } from './checklist.items.js';
import { clearTicks, loadTicks, saveTicks, type PersistMode } from './checklist.storage.js';
import { en, translations, type ChecklistStrings } from './checklist.strings.js';
import { PRINT_PAGE_CSS, styles } from './checklist.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import { DisclosurePrint, disclosure, disclosureStyles } from '../../internal/disclosure.js';
import { shortAddress, webLink } from '../../internal/web-link.js';

const SOURCE = '<safety-checklist>';
/** The built-in steps: only these have translations (a site's own steps are in the site's language). */
const BUILT_IN_ITEMS = new Set<ChecklistItem>(CHECKLIST.flatMap((g) => g.items));
type Consent = 'none' | 'asking' | 'saving' | 'failed';
const PERSIST_MODES: readonly (PersistMode | '')[] = ['', 'session', 'device'];

/**
 * A personal safety plan a reader can tick, print, and leave no trace of: nothing is stored unless the
 * site sets `persist` ("session": ticks kept in this tab until it closes; "device": kept on the device,
 * only after the reader confirms a plain warning). Ticks that are not kept go when the page is left
 * (`pagehide`, so a page restored from the back-forward cache comes back empty). Steps come from the
 * bundled UK plan, or a site's own (light-DOM lists, a JSON script child, or the `items` property).
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary Personal safety plan checklist: evidence, home, out and about, online, support.
 * @customElement safety-checklist
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 *
 * @slot - Optional site steps, read (not shown) after upgrade: `<ul data-group="id" data-title="Title">`
 *   with `<li data-id="id">Step</li>`, or `<script type="application/json">` with the `items` shape.
 *   Before upgrade they show as a plain list.
 *
 * @csspart base - The wrapping section.
 * @csspart heading - The plan's main heading.
 * @csspart intro - The introduction.
 * @csspart progress - The whole plan's progress (a polite live region).
 * @csspart disclosure - One group of steps (a native `<details>`; the first is open at first).
 * @csspart toggle - The group's `<summary>`, which shows or hides it.
 * @csspart disclosure-heading - The group's heading, inside the toggle.
 * @csspart group-title - The group's title inside the heading.
 * @csspart group-progress - "3 of 5 done" inside the heading (so it is part of the toggle's name).
 * @csspart panel - A group's steps and notes.
 * @csspart items - A group's list.
 * @csspart item - One step.
 * @csspart checkbox - A step's checkbox.
 * @csspart label - A step's text.
 * @csspart helpline - A helpline line under a step.
 * @csspart phone - A helpline's `tel:` link.
 * @csspart web-link - A helpline's website, for a service with no confirmed phone number.
 * @csspart print-warning - The note beside the print button that a printed or saved plan can be found.
 * @csspart print-title - The field for the title of the printed or saved copy.
 * @csspart notes - Blank lines for notes, shown only in print.
 * @csspart actions - The print and clear buttons.
 * @csspart button - Every button.
 * @csspart print-button - "Print or save my plan".
 * @csspart clear-button - "Clear my plan".
 * @csspart persist - The saving controls (only with `persist`).
 * @csspart remember-button - The button that asks to keep ticks.
 * @csspart confirm - The warning with its confirm and cancel buttons.
 * @csspart warning - The warning text.
 * @csspart confirm-button - "Yes, keep my ticks".
 * @csspart cancel-button - "No, don't keep them".
 * @csspart saving - What is being kept, or that the browser refused.
 * @csspart message - A polite live region ("Your plan has been cleared.").
 *
 * @cssprop [--safety-checklist-accent=var(--safety-color-success, #00703c)] - Checkbox colour.
 * @cssprop [--safety-checklist-border=#b1b4b6] - Lines between groups.
 */
export class SafetyChecklist extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, disclosureStyles, styles];

  /** Level of the plan's main heading (1 to 6, default 2); group headings are one level below. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, converter: headingLevelConverter(SOURCE) }) headingLevel:
    1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The plan's main heading; wins over the `heading` key of `strings` ("My safety plan"). */
  @property() heading = '';

  /** Group ids to show, space- or comma-separated, any case, e.g. "evidence online" (evidence, dont-engage, home, out, online, support; or a site's own). Empty shows all; an unknown id warns and is ignored, so ids that are all unknown show all. */
  @property() groups = '';

  /** A site's own groups, `[{ id, title, items: [{ id, text }] }]` (also as a JSON attribute). They replace the built-in plan unless `extend` is set. */
  @property({ type: Array, converter: jsonAttribute(SOURCE, 'items', 'an array of groups') }) items?: unknown[];

  /** Add the site's steps to the built-in plan instead of replacing it (a group with a built-in id adds to that group). */
  @property({ type: Boolean }) extend = false;

  /** The reader's nation: `england-wales` (default), `england`, `wales`, `scotland` or `northern-ireland` (case-insensitive). Steps that name another nation's services (Paladin, S-DASH, ISACs in England and Wales) are left out, and the nation's own are shown. */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /** Title of the printed or saved copy (and the page title while printing, which names a saved PDF), e.g. a neutral "Notes". The reader can change it beside the print button. Without one, the printed heading is the heading and the page title is left as it is while printing. */
  @property({ attribute: 'print-title' }) printTitle = '';

  /** Keep ticks: `session` (in this tab until it closes) or `device` (until cleared, only after the reader confirms a warning). Unset stores nothing; any other value warns and stores nothing. */
  @property() persist: 'session' | 'device' | '' = '';

  /** Names this plan in storage (`safety-elements:checklist:<plan-id>`), so two plans on one site stay apart. */
  @property({ attribute: 'plan-id' }) planId = 'plan';

  /** Overrides any text by key, as an object or a JSON attribute, e.g. `{"print":"Print"}`. Every key and its English text are listed in docs/api.md ("Strings"); a key the element does not have warns once and is ignored. */
  @property({ type: Object, converter: textRecordAttribute<ChecklistStrings>(SOURCE, 'strings') })
  strings?: Partial<ChecklistStrings>;

  @state() private _ticked = new Set<string>();
  /** Groups the reader has opened or closed; until then only the first group is open. */
  @state() private _open?: Set<string>;
  @state() private _consent: Consent = 'none';
  @state() private _message = '';
  @state() private _light: unknown[] = [];
  /** The reader's own print title, when they typed one. */
  @state() private _readerPrintTitle?: string;
  private _plan: ChecklistGroup[] = [];
  /** Strings (and the built-in plan's text) in the element's language, loaded when first needed. */
  private readonly _lang = new LangController<ChecklistStrings>(this, en, translations);
  private _observer?: MutationObserver;
  /** Every group prints open, whichever the reader had closed. */
  private _printOpen = new DisclosurePrint(this);

  constructor() {
    super();
    onPageLeave(this, this._onExit, this._onPagehide);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readLight();
    this._observer = new MutationObserver(() => this._readLight());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  /** Unticks every step and removes anything this plan stored, in this tab and on the device. */
  clear(): void {
    clearTicks(this._planKey);
    this._ticked = new Set();
    // Keeping ticks on the device needs a fresh confirmation; the tab's session was the site's choice.
    this._consent = this._mode === 'session' ? 'saving' : 'none';
  }

  // The plan's own stored ticks go at once (that storage was read on load, so this is quick; the quick exit
  // removes anything else of the library's just after); unticking, which renders, waits for the hidden frame.
  private _onExit = () => {
    const mode = this._mode;
    if (mode) clearTicks(this._planKey, [mode]);
    afterHiddenFrame(() => {
      this.clear();
      this._readerPrintTitle = undefined;
    });
  };

  // "Nothing you tick is saved: your ticks are gone when you leave this page." Without this, Back showed them
  // again from the back-forward cache. Ticks the reader chose to keep stay; the title they typed for printing
  // ("Plan to leave") is never kept.
  private _onPagehide = () => {
    if (this._consent !== 'saving') this._ticked = new Set();
    this._readerPrintTitle = undefined;
  };

  private _readLight() {
    this._light = this.children.length ? readLightDom(this) : [];
  }

  private get _mode(): PersistMode | undefined {
    return oneOf(SOURCE, 'persist', this.persist, PERSIST_MODES, '') || undefined;
  }

  private get _planKey(): string {
    return /^[\w-]{1,80}$/.test(this.planId ?? '') ? this.planId : 'plan';
  }

  private get _s(): ChecklistStrings {
    return this._lang.merged(this.strings, { heading: this.heading });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('strings')) warnUnknownKeys(SOURCE, this.strings, (key) => has(en, key));
    if (
      changed.has('items') ||
      changed.has('extend') ||
      changed.has('groups') ||
      changed.has('_light') ||
      changed.has('nation')
    ) {
      let site: unknown[] | undefined;
      if (this.items != null) {
        if (Array.isArray(this.items)) site = this.items;
        else warn(SOURCE, 'items must be an array of groups ({ id, title, items: [{ id, text }] }); they are ignored.');
      }
      if (this._light.length) site = [...(site ?? []), ...this._light];
      this._plan = buildPlan(
        checklistFor(lawNation(normaliseNation(this.nation, `${SOURCE} nation`))),
        site,
        this.extend,
        this.groups ?? '',
      );
    }
    if (changed.has('persist') || changed.has('planId')) {
      if (this.planId != null && this._planKey !== this.planId)
        warn(SOURCE, `plan-id="${this.planId}" must be letters, digits, "-" or "_"; "plan" is used.`);
      const mode = this._mode;
      const saved = mode && loadTicks(mode, this._planKey);
      // The site opted in to the tab's session; only keeping ticks on the device after the tab closes
      // needs the reader's own confirmation of the warning.
      this._consent = saved || mode === 'session' ? 'saving' : 'none';
      if (saved) this._ticked = new Set(saved);
    }
  }

  private _toggle(id: string, on: boolean) {
    const next = new Set(this._ticked);
    if (on) next.add(id);
    else next.delete(id);
    this._ticked = next;
    this._message = '';
    this._save();
  }

  private _save() {
    const mode = this._mode;
    if (this._consent === 'saving' && mode && !saveTicks(mode, this._planKey, [...this._ticked]))
      this._consent = 'failed';
  }

  private async _setConsent(consent: Consent, focus: string) {
    this._consent = consent;
    this._message = '';
    if (consent === 'saving') this._save();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private _clearClick() {
    this.clear();
    this._message = this._s.cleared;
  }

  private _print() {
    let sheet: CSSStyleSheet | undefined;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(PRINT_PAGE_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      sheet = undefined;
    }
    this.setAttribute('data-safety-printing', '');
    // window.print() fires beforeprint too, but a page may have replaced it: open the groups here.
    this._printOpen.open();
    // The page title names a saved PDF and is printed in the page header: use the chosen print title.
    const pageTitle = document.title;
    const printTitle = this._printTitleText;
    if (printTitle) document.title = printTitle;
    window.addEventListener(
      'afterprint',
      () => {
        this.removeAttribute('data-safety-printing');
        if (printTitle && document.title === printTitle) document.title = pageTitle;
        if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
      },
      { once: true },
    );
    window.print();
  }

  /** The title the printed copy carries: the reader's, else the site's `print-title`, else the heading. */
  private get _printTitleText(): string {
    return (this._readerPrintTitle ?? this.printTitle ?? '').trim();
  }

  override render() {
    return this._lang.render(() => this._render());
  }

  /** A built-in group keeps its translated title unless the site gave it another. */
  private _title(g: ChecklistGroup): string {
    const builtIn = CHECKLIST.find((b) => b.id === g.id);
    return builtIn && builtIn.title === g.title ? this._lang.content(`group.${g.id}`, g.title) : g.title;
  }

  private _render() {
    const s = this._s;
    const printTitle = this._printTitleText;
    const level = headingLevelOf(SOURCE, this.headingLevel);
    const all = this._plan.flatMap((g) => g.items);
    const done = all.filter((i) => this._ticked.has(i.id)).length;
    const saving = this._consent === 'saving';
    // Static HTML has none of the script-only parts: a count that stays "0 of 4" as boxes are ticked, and a
    // promise that Back will not show the ticks again (only the script clears them as the page goes).
    return html`<section part="base" aria-labelledby="title">
      ${heading(
        level,
        0,
        printTitle
          ? html`<span class="screen-only">${s.heading}</span><span class="print-only">${printTitle}</span>`
          : s.heading,
        { id: 'title' },
      )}
      <p part="intro">${s.intro}${saving ? nothing : html` <span class="unsaved" data-script-only>${s.notSaved}</span>`}</p>
      <p part="progress" class="progress" role="status" data-script-only>${format(s.progress, { done, total: all.length })}</p>
      ${this._plan.map((g, i) => this._group(g, level, s, i === 0))}
      <div part="actions" class="actions" data-script-only>
        <button part="button print-button" class="primary" type="button" @click=${this._print}>${s.print}</button>
        <button part="button clear-button" type="button" @click=${this._clearClick}>${s.clear}</button>
        <p part="print-warning" class="print-warning">${s.printWarning}</p>
        <p class="print-title">
          <label for="print-title">${s.printTitleLabel}</label>
          <input
            part="print-title"
            id="print-title"
            type="text"
            autocomplete="off"
            spellcheck="false"
            .value=${printTitle}
            placeholder=${s.heading}
            @input=${(e: Event) => (this._readerPrintTitle = (e.target as HTMLInputElement).value)}
          />
        </p>
      </div>
      ${this._persistUi(s)}
      <p part="message" class="message" role="status" data-script-only>${this._message}</p>
    </section>`;
  }

  private _group(g: ChecklistGroup, level: number, s: ChecklistStrings, first: boolean) {
    const done = g.items.filter((i) => this._ticked.has(i.id)).length;
    // The plan opens at its first group, so a frightened reader meets a few steps, not all of them;
    // every group's progress shows in its summary.
    const isOpen = this._open ? this._open.has(g.id) : first;
    const onToggle = (open: boolean) => {
      // The browser's own toggle event for a group rendered open: nothing changed, so no second render.
      if (open === isOpen) return;
      const next = new Set(this._open ?? (this._plan[0] ? [this._plan[0].id] : []));
      if (open) next.add(g.id);
      else next.delete(g.id);
      this._open = next;
    };
    // The boxes are a group named by its title, so a screen reader that tabs into one says which group it is.
    return disclosure(
      html`<span part="group-title" id=${`t-${g.id}`}>${this._title(g)}</span>`,
      html`<div role="group" aria-labelledby=${`t-${g.id}`}>
          <ul part="items" role="list">
            ${g.items.map((i) => this._item(i))}
          </ul>
        </div>
        <div part="notes" class="notes" aria-hidden="true">${s.notes}<i></i><i></i><i></i></div>`,
      {
        id: `g-${g.id}`,
        open: isOpen,
        heading: { level, depth: 1 },
        after: html`<span part="group-progress" class="count" data-script-only>${format(s.groupProgress, { done, total: g.items.length })}</span>`,
        onToggle,
      },
    );
  }

  private _item(item: ChecklistItem) {
    const id = `i-${item.id}`;
    // "off": Safari unticks such boxes when it brings a page back from the back-forward cache, and Firefox does
    // not fill them back in on a reload; that is what static HTML has. Not where the site keeps the ticks: there
    // Safari would untick boxes the element still counts as ticked.
    return html`<li part="item" class="item">
      <input
        part="checkbox"
        type="checkbox"
        id=${id}
        autocomplete=${ifDefined(this._mode ? undefined : 'off')}
        .checked=${this._ticked.has(item.id)}
        @change=${(e: Event) => this._toggle(item.id, (e.target as HTMLInputElement).checked)}
      />
      <label part="label" for=${id}>${BUILT_IN_ITEMS.has(item) ? this._lang.content(`item.${item.id}`, item.text) : item.text}</label>
      ${(item.helplines ?? []).map((hid) => {
        const h = keyHelpline(hid);
        const phone = h?.phones?.[0];
        // No dead end: a service with no confirmed number shows its website.
        const site =
          !phone && h?.website
            ? safeUrl(h.website, { source: `${SOURCE} helpline "${hid}" website`, allow: ['https:'] })
            : undefined;
        if (h && site)
          return html`<p part="helpline" class="helpline">${this._lang.content(`helpline.${hid}.name`, h.name)}: ${webLink(site, shortAddress(site), { source: SOURCE, part: 'web-link' })}</p>`;
        return !h || !phone
          ? nothing
          : html`<p part="helpline" class="helpline">${this._lang.content(`helpline.${hid}.name`, h.name)}: ${phoneLink(phone.number, `${SOURCE} helpline "${hid}"`)}</p>`;
      })}
    </li>`;
  }

  private _persistUi(s: ChecklistStrings) {
    const mode = this._mode;
    if (!mode) return nothing;
    const device = mode === 'device';
    const c = this._consent;
    return html`<div part="persist" class="persist" data-script-only>
      ${
        c === 'none'
          ? html`<button part="button remember-button" type="button" @click=${() => this._setConsent('asking', '#warn')}>
            ${device ? s.askDevice : s.askSession}
          </button>`
          : c === 'asking'
            ? // Not a group named by the warning: the focus moves to the warning, which would then be read twice.
              html`<div part="confirm" class="confirm">
              <p part="warning" id="warn" tabindex="-1">${device ? s.warnDevice : s.warnSession}</p>
              <button part="button confirm-button" type="button" @click=${() => this._setConsent('saving', '#saving')}>${s.confirm}</button>
              <button part="button cancel-button" type="button" @click=${() => this._setConsent('none', '[part~=remember-button]')}>
                ${s.cancel}
              </button>
            </div>`
            : html`<p part="saving" id="saving" tabindex="-1">${c === 'failed' ? s.failed : device ? s.savingDevice : s.savingSession}</p>`
      }
    </div>`;
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
