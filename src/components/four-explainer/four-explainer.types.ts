import { html, nothing, type TemplateResult } from 'lit';
import { STALKER_TYPES } from '../../data/stalker-types.js';
import type { FourPartContext } from './four-explainer.component.js';

/**
 * The types of stalker section's body, with its source. Off by default (the `types` attribute), so it is
 * loaded only when turned on (issue 18).
 */
export function typesBody({ t, link }: FourPartContext): TemplateResult {
  const source = STALKER_TYPES[0]?.source;
  return html`<p>${t('typesIntro')}</p>
    <ul part="types-list">
      ${STALKER_TYPES.map((s) => html`<li><strong>${t(`type.${s.id}.name`, s.name)}</strong>: ${t(`type.${s.id}.text`, s.text)}</li>`)}
    </ul>
    <p class="small">${t('typesSource')}: ${source ? link(source, t('typesCitation'), 'types source') : nothing}</p>`;
}
