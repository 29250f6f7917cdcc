import { html, type TemplateResult } from 'lit';
import { STALKING_LAW, type LawNation } from '../../data/stalking-law.js';
import { formatDate } from '../../internal/intl.js';
import { format } from '../../internal/strings.js';
import type { FourPartContext } from './four-explainer.component.js';

/**
 * The law section's body: what the law says in the reader's nation, with its sources. Off by default
 * (the `law` attribute), so it and the law text are loaded only when turned on (issue 18).
 */
export function lawBody(nation: LawNation, { host, t, link }: FourPartContext): TemplateResult {
  const facts = STALKING_LAW[nation];
  const sources = [...new Set(facts.map((f) => f.source))];
  // A "checked on" date only from a live check of every fact by a person (never `verifiedOn`).
  const live = facts.every((f) => f.liveCheckedOn) ? facts.map((f) => f.liveCheckedOn!).sort()[0] : undefined;
  const shownDate = live && formatDate(host, live);
  return html`<p>${t('lawIntro')}</p>
    <ul part="law-list">
      ${facts.map((f) => html`<li>${t(`law.${f.id}`, f.text)}</li>`)}
    </ul>
    <p class="small">${shownDate ? format(t('lawLiveChecked'), { date: shownDate }) : t('lawChecked')}</p>
    <p class="small">${t('lawSources')}:</p>
    <ul part="law-sources" class="small sources">
      ${sources.map((s) => html`<li>${link(s, s.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''), 'law source')}</li>`)}
    </ul>`;
}
