import { html, nothing, type TemplateResult } from 'lit';
import { FOUR_IDS, type FourWordId } from '../../data/four.js';
import { BEHAVIOURS } from '../../data/four-behaviours.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { formatList } from '../../internal/intl.js';
import { format } from '../../internal/strings.js';
import type { FourPartContext } from './four-explainer.component.js';

/** What the check mode needs beyond the other sections: the reader's ticks, held by the element. */
export interface FourCheckContext extends FourPartContext {
  readonly level: HeadingLevel;
  readonly ticked: ReadonlySet<string>;
  /** "Your list has been cleared." is shown (after the clear button). */
  readonly cleared: boolean;
  readonly word: (id: FourWordId) => unknown;
  /** The word as plain text, for the result sentence. */
  readonly wordText: (id: FourWordId) => string;
  readonly tick: (id: string, on: boolean) => void;
  readonly clear: () => void;
  /** The calm sentence naming the National Stalking Helpline, shown once something matches. */
  readonly calm: () => unknown;
}

/**
 * The check mode (`mode="check"`): the reader ticks what has happened and sees which FOUR signs it
 * matches. Off by default, so it and its list are loaded only when turned on (issue 18).
 */
export function checkBlock({
  host,
  t,
  level,
  ticked,
  cleared,
  word,
  wordText,
  tick,
  clear,
  calm,
}: FourCheckContext): TemplateResult {
  const matched = FOUR_IDS.filter((id) => BEHAVIOURS.some((b) => ticked.has(b.id) && b.words.includes(id)));
  const words = formatList(
    host,
    matched.map((id) => wordText(id)),
  );
  const summary = cleared
    ? t('cleared')
    : matched.length === 0
      ? t('resultNone')
      : format(t(matched.length === FOUR_IDS.length ? 'resultAll' : 'resultSome'), { words });
  // Script-only as a whole: without script it gives no answer, and its privacy line names a clear button and
  // a clearing as the page goes that static HTML does not have.
  return html`<div part="check" class="check" data-script-only>
    ${heading(level, 1, t('checkHeading'), { part: 'section-heading' })}
    <p part="privacy" class="privacy">${t('privacy')}</p>
    <fieldset part="fieldset">
      <legend>${t('checkIntro')}</legend>
      <ul class="behaviours" role="list">
        ${BEHAVIOURS.map(
          (b) => html`<li part="behaviour">
            <input
              part="checkbox"
              type="checkbox"
              id="c-${b.id}"
              autocomplete="off"
              .checked=${ticked.has(b.id)}
              @change=${(e: Event) => tick(b.id, (e.target as HTMLInputElement).checked)}
            /><label for="c-${b.id}">${t(`check.${b.id}`, b.text)}</label>
          </li>`,
        )}
      </ul>
    </fieldset>
    <p part="summary" class="summary" role="status" data-script-only ?data-result=${matched.length > 0}>${summary}</p>
    <ul part="matches" class="matches" role="list" data-script-only>
      ${FOUR_IDS.map((id) => {
        const on = matched.includes(id);
        return html`<li part="match ${on ? 'match-matched' : ''}" class="match" ?data-matched=${on}>
          <strong>${word(id)}</strong>: ${t(on ? 'matched' : 'notMatched')}
        </li>`;
      })}
    </ul>
    ${matched.length ? html`<p part="calm">${calm()}</p>` : nothing}
    <button part="clear" type="button" class="clear" data-script-only @click=${() => clear()}>${t('clear')}</button>
  </div>`;
}
