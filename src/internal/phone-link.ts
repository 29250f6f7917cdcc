import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { telHref } from './phone.js';
import { warnOnce } from './warn.js';

/**
 * The one phone link every element renders: `<a part="phone" href="tel:…">` (DECISIONS.md: `+44…` for
 * UK numbers, short codes as dialled), showing `text` (the number by default). A number that cannot be
 * dialled shows as plain text, with one warning naming `source`. `className` is for a link drawn as a
 * button (the directory's call buttons, class `call`), which the shared style leaves alone.
 */
export function phoneLink(
  number: string | undefined,
  source: string,
  text: unknown = number,
  part = 'phone',
  className?: string,
): TemplateResult | string {
  if (!number) return '';
  const href = telHref(number);
  if (!href) warnOnce(source, `"${number}" is not a number a phone can dial; it is shown as text.`);
  return href ? html`<a part=${part} class=${ifDefined(className)} href=${href}>${text}</a>` : html`${text}`;
}
