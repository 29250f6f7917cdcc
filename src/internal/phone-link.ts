import { html, type TemplateResult } from 'lit';
import { telHref } from './phone.js';
import { warnOnce } from './warn.js';

/**
 * The one phone link every element renders: `<a part="phone" href="tel:…">` (DECISIONS.md: `+44…` for
 * UK numbers, short codes as dialled), showing `text` (the number by default). A number that cannot be
 * dialled shows as plain text, with one warning naming `source`.
 */
export function phoneLink(number: string | undefined, source: string, text: unknown = number, part = 'phone'): TemplateResult | string {
  if (!number) return '';
  const href = telHref(number);
  if (!href) warnOnce(source, `"${number}" is not a number a phone can dial; it is shown as text.`);
  return href ? html`<a part=${part} href=${href}>${text}</a>` : html`${text}`;
}
