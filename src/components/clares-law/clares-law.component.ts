import { textRecordAttribute } from '../../internal/json-attribute.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DISCLOSURE_SCHEMES,
  schemeEvidence,
  type DisclosureScheme,
  type Evidence,
} from '../../data/disclosure-schemes.js';
import { lawNation, normaliseNation, type Nation } from '../../internal/nation.js';
import { EMERGENCY, keyHelpline, orderForNation } from '../../data/key-helplines.js';
import { heading, headingLevelOf, headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';
import { oneOf } from '../../internal/enum-attribute.js';
import { formatDate } from '../../internal/intl.js';
import { nameLabel } from '../../internal/helpline-label.js';
import { phoneLink } from '../../internal/phone-link.js';
import { LangController, format, formatParts, warnUnknownKeys } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warnOnce } from '../../internal/warn.js';
import { en, translations, type ClaresLawStrings } from './clares-law.strings.js';
import { styles } from './clares-law.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import { forgetOnPageLeave } from '../../internal/events.js';
import { DisclosurePrint, disclosure, disclosureStyles } from '../../internal/disclosure.js';
import { proseStyles } from '../../internal/prose-styles.js';
import { siteName, webLink } from '../../internal/web-link.js';

const TAG = '<safety-clares-law>';
export type AskingAbout = 'partner' | 'other';
type Section = 'who' | 'how' | 'steps' | 'told' | 'sources';
type Values = Record<string, unknown>;

/**
 * Explains the UK's domestic abuse disclosure schemes ("Clare's Law") for the reader's nation: who can
 * ask, how, what happens, who is told, and where to apply, with a short guided question ("Who are you
 * asking about?") that tailors the wording. The reader's answer is forgotten as the page is left
 * (`pagehide`, or a quick exit), so Back shows the page as the site set it. Facts come from
 * `src/data/disclosure-schemes.ts`, each with its source; the national helplines come from the helpline data.
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary Domestic Violence Disclosure Scheme (Clare's Law), DSDAS and DVADS information with a guided path.
 * @customElement safety-clares-law
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 *
 * @csspart base - The outer section.
 * @csspart heading - The element's main heading.
 * @csspart intro - The paragraphs introducing the scheme.
 * @csspart emergency - "In an emergency, call 999".
 * @csspart question - The guided question's fieldset.
 * @csspart legend - The guided question.
 * @csspart option - Each answer (label with its radio button).
 * @csspart disclosure - Each show/hide section (a native `<details>`).
 * @csspart toggle - A section's `<summary>`, which opens and closes it.
 * @csspart disclosure-heading - A section's heading, inside the toggle.
 * @csspart panel - A section's content.
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One step of the timeline.
 * @csspart timescale - The sentence about how long it takes.
 * @csspart apply - The call to action (the local form, or 101 and the national route).
 * @csspart apply-heading - The apply block's heading ("Make an application").
 * @csspart apply-link - The call to action's link: the local force's form (`apply-href`), else the nation's online form.
 * @csspart helplines - The "If you are worried right now" block.
 * @csspart helplines-heading - That block's heading.
 * @csspart helpline - One helpline.
 * @csspart sources - "Where this information comes from": the law behind the scheme and the sources list.
 * @csspart statutory - The statutory basis (England and Wales), inside "Where this information comes from".
 * @csspart phone - A phone link (999, 101, each helpline's number).
 *
 * @cssprop [--safety-clares-law-accent=var(--safety-color-primary, #1d70b8)] - Colour of the guided question's border and radios, the timeline and the apply button.
 * @cssprop [--safety-clares-law-accent-contrast=var(--safety-color-primary-contrast, #ffffff)] - Text colour on the apply button.
 * @cssprop [--safety-clares-law-surface=var(--safety-color-surface-muted, #f3f2f1)] - Background of the apply and helpline blocks.
 */
export class SafetyClaresLaw extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, disclosureStyles, proseStyles, styles];

  /** The reader's nation, whose scheme is explained: `england-wales` (default), `england`, `wales` (both England and Wales's scheme, with that nation's helplines first), `scotland` or `northern-ireland`; case-insensitive. */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /** Answer to "Who are you asking about?": `partner` (my partner or ex-partner) or `other` (someone else's partner). Unset shows the general wording. */
  @property({ attribute: 'asking-about', reflect: true }) askingAbout: 'partner' | 'other' | '' = '';

  /** The local force's online application form (https/http only; a host name with no scheme, `www.force.police.uk/form`, is read as `https://` with a warning). Without it, or if refused, the element points to 101 and the nation's own route. */
  @property({ attribute: 'apply-href' }) applyHref = '';

  /** Text of the local form's link (`apply-href`). Default: the `applyLabelNamed` string, "Apply online to {police}" ({police} is `force-name`), or without `force-name` the `applyLabel` string, "Apply online to your police force"; a label that does not name `force-name` gets it added in brackets. */
  @property({ attribute: 'apply-label' }) applyLabel = '';

  /** The local police force's name, e.g. "Bedfordshire Police": personalises the call to action. */
  @property({ attribute: 'force-name' }) forceName = '';

  /** Level of the element's main heading (1 to 6, default 2); section headings are one level below. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, converter: headingLevelConverter(TAG) }) headingLevel:
    1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The element's main heading (default "Asking the police about a partner's past"); wins over the `heading` key of `strings`. */
  @property() heading?: string;

  /**
   * Overrides any text by key, as an object or a JSON attribute. Every key and its English text are listed in
   * docs/api.md ("Strings"); a key the element does not have warns once and is ignored. A key can name a
   * variant for a nation or an answer, looked up most specific first: `key.<nation>.<answer>`, `key.<answer>`,
   * `key.<nation>`, `key` (nation: `england-wales`, `scotland` or `northern-ireland`; answer: `partner` or `other`).
   */
  @property({ type: Object, converter: textRecordAttribute<ClaresLawStrings>(TAG, 'strings') }) strings:
    Partial<ClaresLawStrings> | undefined;

  @state() private openSections = new Set<Section>();
  @state() private status = '';

  private safeApplyHref: string | undefined;
  /** This render's strings: the language's table with the site's overrides on top. */
  private table: Record<string, string | undefined> = en;
  /** Strings in the element's language (and the schemes' and helplines' names), loaded when first needed. */
  private readonly _lang = new LangController<Record<string, string>>(this, en, translations);

  /** The reader's own answer, and the site's `asking-about` before it: what the page goes back to as it is left. */
  private readerAnswer?: { answer: AskingAbout; site: AskingAbout | '' };

  constructor() {
    super();
    // Every section prints open, whichever the reader had closed.
    new DisclosurePrint(this);
    // The reader's answer ("my partner") goes with the page: Back on a shared device shows the site's own.
    forgetOnPageLeave(this, () => {
      const reader = this.readerAnswer;
      if (!reader) return;
      this.readerAnswer = undefined;
      this.askingAbout = reader.site;
      this.openSections = new Set();
      this.status = '';
    });
  }

  private level: HeadingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A site that sets asking-about itself after the reader answered: its value is now the one to keep.
    if (changed.has('askingAbout') && this.askingAbout !== this.readerAnswer?.answer) this.readerAnswer = undefined;
    // A key may name a variant of a string for a nation or an answer: `timescale.scotland`, `intro.partner`.
    if (changed.has('strings'))
      warnUnknownKeys(TAG, this.strings, (key) => Object.keys(en).some((k) => k.split('.')[0] === key.split('.')[0]));
    if (changed.has('headingLevel')) this.level = headingLevelOf(TAG, this.headingLevel);
    if (changed.has('applyHref')) {
      this.safeApplyHref = safeUrl(this.applyHref, { source: `${TAG} apply-href`, allow: ['https:', 'http:'] });
    }
  }

  private get scheme(): DisclosureScheme {
    return DISCLOSURE_SCHEMES[lawNation(normaliseNation(this.nation, TAG))];
  }

  private get path(): AskingAbout | undefined {
    return oneOf<AskingAbout | ''>(TAG, 'asking-about', this.askingAbout, ['partner', 'other'], '') || undefined;
  }

  /** The most specific variant of a string for this nation and path. */
  private say(key: string, values: Values = {}): unknown[] {
    const t = this.table;
    const n = this.scheme.nation;
    const p = this.path;
    const text = (p && (t[`${key}.${n}.${p}`] ?? t[`${key}.${p}`])) ?? t[`${key}.${n}`] ?? t[key] ?? '';
    return formatParts(text, {
      name: this._lang.content(`scheme.${n}.name`, this.scheme.name),
      abbr: this.scheme.abbr,
      police: this.forceName.trim(),
      ...values,
    });
  }

  private text(key: keyof ClaresLawStrings): string {
    return this.table[key] ?? en[key];
  }

  private date(iso: string): string {
    return formatDate(this, iso);
  }

  private phone(number: string, source: string): TemplateResult | string {
    return phoneLink(number, `${TAG} ${source}`);
  }

  private emergencyNumber(id: 'emergency' | 'non-emergency'): TemplateResult | string {
    const fact = EMERGENCY.find((f) => f.id === id);
    return fact ? this.phone(fact.number, id) : '';
  }

  private link(url: string, text: unknown, part?: string): unknown {
    return webLink(url, text, { source: `${TAG} link`, part });
  }

  private nationalLink(): TemplateResult | string {
    const form = this.scheme.nationalForm;
    const url = form && safeUrl(form.url, { source: `${TAG} ${this.scheme.abbr} form`, allow: ['https:'] });
    // Where the link is a page that links to the form (Scotland), its text says so.
    const label = form?.formOnPage ? this.say('formPage').join('') || form.owner : form?.owner;
    return url ? (this.link(url, label) as TemplateResult) : (label ?? '');
  }

  private onToggle(id: Section, open: boolean): void {
    const next = new Set(this.openSections);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
  }

  private choose(e: Event): void {
    const value = (e.target as HTMLInputElement).value as AskingAbout;
    this.readerAnswer = { answer: value, site: this.readerAnswer?.site ?? this.askingAbout };
    this.askingAbout = value;
    this.openSections = new Set<Section>([...this.openSections, 'steps', 'told']);
    this.status = this.text(value === 'partner' ? 'status.partner' : 'status.other');
  }

  private section(id: Section, title: string, body: unknown): TemplateResult {
    return disclosure(title, body, {
      id,
      open: this.openSections.has(id),
      heading: { level: this.level, depth: 1 },
      onToggle: (open) => this.onToggle(id, open),
    });
  }

  /** A paragraph, or nothing when the chosen variant of the string is empty. */
  private para(key: string, values?: Values, part?: string): TemplateResult | typeof nothing {
    const parts = this.say(key, values);
    return parts.join('') === '' ? nothing : html`<p part=${ifDefined(part)}>${parts}</p>`;
  }

  private routes(s: DisclosureScheme): TemplateResult {
    return html`<ul>
      ${s.routes.ways.map((way) => {
        if (way === 'phone-101')
          return html`<li>${this.say('route.phone-101', { phone: this.emergencyNumber('non-emergency') })}</li>`;
        if (way === 'national-online-form')
          return html`<li>${this.say('route.national-online-form', { link: this.nationalLink() })}</li>`;
        if (way === 'force-online-form' && this.safeApplyHref) {
          return html`<li>${this.say('route.force-online-form.linked', { link: this.link(this.safeApplyHref, this.applyText()) })}</li>`;
        }
        return html`<li>${this.say(`route.${way}`)}</li>`;
      })}
    </ul>`;
  }

  /** The local form's link text: the site's `apply-label`, always with `force-name` when it is given. */
  private applyText(): string {
    const police = this.forceName.trim();
    if (!this.applyLabel) return police ? format(this.text('applyLabelNamed'), { police }) : this.text('applyLabel');
    return police && !this.applyLabel.includes(police)
      ? format(this.text('applyLabelForce'), { label: this.applyLabel, police })
      : this.applyLabel;
  }

  private apply(level: number): TemplateResult {
    const phone = this.emergencyNumber('non-emergency');
    const form = this.scheme.nationalForm;
    const formUrl = form && safeUrl(form.url, { source: `${TAG} ${this.scheme.abbr} form`, allow: ['https:'] });
    // The local form, else the nation's own form, as the call to action; else (England and Wales) 101.
    const href = this.safeApplyHref ?? formUrl;
    const label = this.safeApplyHref ? this.applyText() : this.say('applyNational', { owner: form?.owner ?? '' });
    const body = href
      ? html`<p>${this.link(href, label, 'apply-link')}</p>
          <p>${this.say(!this.safeApplyHref && this.forceName.trim() ? 'applyAlsoForce' : 'applyAlso', { phone })}</p>`
      : html`<p>${this.say(this.forceName.trim() ? 'applyForce' : 'apply', { phone })}</p>`;
    return html`<div part="apply" class="block apply">${heading(level, 1, this.text('applyHeading'), { part: 'apply-heading' })}${body}</div>`;
  }

  private helplines(s: DisclosureScheme, level: number): TemplateResult {
    const found = s.helplines.map((id) => {
      const h = keyHelpline(id);
      if (!h) warnOnce(TAG, `helpline "${id}" is not in the helpline data; it is left out.`);
      return h;
    });
    // A reader in England or in Wales sees their own nation's line first, and another nation's last.
    const nation = normaliseNation(this.nation, TAG);
    const items =
      nation === 'england-wales'
        ? found
        : orderForNation(
            found.filter((h) => !!h),
            nation,
          );
    return html`<div part="helplines" class="block">
      ${heading(level, 1, this.text('worriedHeading'), { part: 'helplines-heading' })}
      <ul>
        ${items.map((h) => {
          if (!h) return nothing;
          const { before, after } = nameLabel(h, this.table);
          return html`<li part="helpline">
                ${before}<strong>${this._lang.content(`helpline.${h.id}.name`, h.name)}</strong>${after ? ` ${after}` : ''}:
                ${(h.phones ?? []).map((p, i) => html`${i ? ', ' : ''}${this.phone(p.number, `helpline "${h.id}"`)}`)}.
                ${h.hours === '24/7' ? this.text('open247') : ''}
              </li>`;
        })}
      </ul>
    </div>`;
  }

  /** Every piece of evidence behind what is shown, for the sources list. */
  private evidence(s: DisclosureScheme): Evidence[] {
    const list: (Evidence | undefined)[] = schemeEvidence(s).map((n) => n[1]);
    for (const id of s.helplines) list.push(keyHelpline(id));
    list.push(...EMERGENCY.filter((f) => f.id === 'emergency' || f.id === 'non-emergency'));
    return list.filter((e): e is Evidence => !!e);
  }

  private sources(s: DisclosureScheme): TemplateResult {
    const evidence = this.evidence(s);
    const urls = [...new Set(evidence.map((e) => e.source))];
    // A "checked on" date only from a live check of every page by a person; `verifiedOn` (a check
    // against the project's reference) is never shown as one.
    const live = evidence.every((e) => e.liveCheckedOn) ? evidence.map((e) => e.liveCheckedOn!).sort()[0] : undefined;
    // Statutory detail belongs here, after what the reader can do, not in the opening.
    return html`${s.statutory ? this.para('statutory', { date: this.date(s.statutory.inForce) }, 'statutory') : nothing}
      <p>${live ? this.say('sourcesLiveNote', { date: this.date(live) }) : this.say('sourcesNote')}</p>
      <ul class="source-list">
        ${urls.map((u) => {
          const url = safeUrl(u, { source: `${TAG} source`, allow: ['https:', 'http:'] });
          return url ? html`<li>${this.link(url, siteName(url))}</li>` : nothing;
        })}
      </ul>`;
  }

  override render() {
    return this._lang.render(() => this.renderAll());
  }

  private renderAll(): TemplateResult {
    this.table = this._lang.merged(this.strings, { heading: this.heading });
    const s = this.scheme;
    const path = this.path;
    const level = this.level;
    const told = s.disclosure
      ? this.section(
          'told',
          this.text('sectionTold'),
          html`${this.para('whoIsTold')}${this.para('howTold')}${this.para('whatMayBeShared')}${this.para('nothingShared')}${s.support ? this.para('support') : nothing}`,
        )
      : nothing;
    // The question only tailors the text below, by script: static HTML leaves it out and says it for both.
    return html`<section part="base" aria-labelledby="title">
      ${heading(level, 0, this.text('heading'), { part: 'heading', id: 'title' })}
      ${this.para('intro', { since: this.date(s.since.date) }, 'intro')}
      <p part="emergency" class="emergency">${this.say('emergency', { phone: this.emergencyNumber('emergency') })}</p>

      <fieldset part="question" class="question" data-script-only>
        <legend part="legend">${this.text('question')}</legend>
        ${(['partner', 'other'] as const).map(
          (value) => html`<label part="option" class="option">
            <input type="radio" name="asking-about" value=${value} .checked=${path === value} @change=${this.choose} />
            <span>${this.say(value === 'partner' ? 'askPartner' : 'askOther')}</span>
          </label>`,
        )}
      </fieldset>
      <p role="status" class="visually-hidden" data-script-only>${this.status}</p>

      ${this.section(
        'who',
        this.text('sectionWho'),
        html`${this.para('rightToAsk')}${this.para(s.proactive.kind)}${s.eligibility ? this.para('eligibility', { age: s.eligibility.minAge }) : nothing}`,
      )}
      ${this.section('how', this.text('sectionHow'), this.routes(s))}
      ${this.section(
        'steps',
        this.text('sectionSteps'),
        html`<ol part="timeline" class="timeline">
            ${s.steps.map((step) => html`<li part="step">${this.say(`step.${step.id}`)}</li>`)}
          </ol>
          ${s.timescale ? this.para(`timescale.${s.timescale.kind}`, { days: s.timescale.days }, 'timescale') : nothing}`,
      )}
      ${told}
      ${this.apply(level)} ${this.helplines(s, level)}
      <div part="sources">${this.section('sources', this.text('sourcesHeading'), this.sources(s))}</div>
    </section>`;
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
