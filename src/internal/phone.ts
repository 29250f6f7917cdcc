/**
 * Phone links, as DECISIONS.md settles them: `tel:` carries what a phone dials, `+44…` for ordinary UK
 * numbers and short codes (999, 101, 116 123, 18000, 60777) as dialled, since they have no
 * international form. Text numbers use `sms:`.
 */

import { UK_NATIONAL_NUMBER } from './uk-phone-rule.js';

/** Digits with a leading `+` kept: "0808 802 0300" → "08088020300", "+44 (0)20 3866 4107" → "+442038664107". */
export function phoneDigits(dial: string): string {
  const s = dial.trim().replace(/^\+44\s*\(0\)/, '+44');
  return (s.startsWith('+') ? '+' : '') + s.replace(/\D/g, '');
}

/**
 * Why a number cannot be dialled, or `undefined` if it can. Accepts UK numbers that fit the UK
 * numbering plan as libphonenumber describes it (`uk-phone-rule.ts`, generated from its metadata:
 * 0 then 9 or 10 digits, and 7-digit numbers such as 0800 1111), with a leading 0 or `+44`; other E.164
 * numbers; and short codes of 3 to 6 digits. Anything with letters or other symbols is impossible.
 */
export function phoneProblem(dial: unknown): string | undefined {
  if (typeof dial !== 'string' || !dial.trim()) return 'no phone number given';
  if (!/^\+?[\d\s().-]+$/.test(dial.trim())) return `"${dial}" has characters a phone cannot dial`;
  const n = phoneDigits(dial);
  const ok = n.startsWith('+44')
    ? UK_NATIONAL_NUMBER.test(n.slice(3))
    : n.startsWith('+')
      ? /^\+[1-9]\d{6,14}$/.test(n)
      : n.startsWith('0')
        ? UK_NATIONAL_NUMBER.test(n.slice(1))
        : /^[1-9]\d{2,5}$/.test(n);
  return ok ? undefined : `"${dial}" is not a possible phone number`;
}

/** The number a `tel:`/`sms:` link carries: `+44…` for UK national numbers, short codes as dialled. */
function linkNumber(dial: string): string | undefined {
  if (phoneProblem(dial)) return undefined;
  const n = phoneDigits(dial);
  return n.startsWith('0') ? `+44${n.slice(1)}` : n;
}

/** `tel:` link for a number (`tel:+448088020300`, `tel:999`), or `undefined` for an impossible number. */
export function telHref(dial: string): string | undefined {
  const n = linkNumber(dial);
  return n && `tel:${n}`;
}

/** `sms:` link (RFC 5724), with an optional prefilled message: `sms:60777?body=NCDV`. */
export function smsHref(number: string, body?: string): string | undefined {
  const n = linkNumber(number);
  return n && `sms:${n}${body ? `?body=${encodeURIComponent(body)}` : ''}`;
}
