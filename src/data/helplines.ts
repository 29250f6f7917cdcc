import type { LawNation, ServiceNation } from '../internal/nation.js';
import {
  ALL,
  AUDITED,
  ENGLAND_WALES,
  EVERY_DAY,
  HOME_PAGE_ONLY,
  MYGOV_STALKING,
  VERIFIED,
  NATIONAL_STALKING_HELPLINE,
  PALADIN,
  NATIONAL_DOMESTIC_ABUSE_HELPLINE,
  MENS_ADVICE_LINE,
  LIVE_FEAR_FREE,
  SCOTLAND_DOMESTIC_ABUSE_HELPLINE,
  VICTIM_SUPPORT_SCOTLAND,
  ACTION_AGAINST_STALKING,
  NI_DOMESTIC_SEXUAL_ABUSE_HELPLINE,
  CHILDLINE,
  type Helpline,
} from './key-helplines.js';

/**
 * Bundled UK helplines for `<safety-helpline-directory>` (and the nation lists of other elements).
 *
 * Every fact traces to section 1 of the project's reference (`uk-support-facts.md`); anything the
 * reference marks UNCONFIRMED is left out (see the notes on each entry). `verifiedOn` is the day the
 * facts were checked against that reference: a person must re-check each number on the live `source`
 * before a release (`npm run check:data` lists entries older than 12 months).
 *
 * The entries that other elements show (the key lines), the types and the emergency numbers live in
 * `key-helplines.ts`, so those elements do not load this whole list; they are listed here in place and
 * re-exported, so this module is still the one to import for everything about helplines.
 *
 * The same shape is what a site brings as JSON (`src`, an inline `<script type="application/json">`
 * or the `helplines` property); the JSON Schema is `helplines.schema.json`.
 */
export {
  CATEGORIES,
  DAYS,
  EMERGENCY,
  listedForNation,
  orderForNation,
  type Category,
  type Day,
  type EmergencyFact,
  type Helpline,
  type Hours,
  type Phone,
  type TextLine,
  type TimeRange,
  type Webchat,
  type WeeklyHours,
} from './key-helplines.js';

export const HELPLINES: readonly Helpline[] = [
  NATIONAL_STALKING_HELPLINE,
  PALADIN,
  {
    id: 'victim-support',
    name: 'Victim Support Supportline',
    operator: 'Victim Support',
    description: 'Free support for anyone affected by crime, by phone or live chat, at any time.',
    phones: [{ number: '08 08 16 89 111', free: true }],
    website: 'https://www.victimsupport.org.uk/',
    webchat: { url: 'https://www.victimsupport.org.uk/', hours: '24/7' },
    hours: '24/7',
    nations: ENGLAND_WALES,
    categories: ['victims'],
    source: 'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    sourceDate: '2020',
    verifiedOn: AUDITED,
  },
  {
    id: 'ncdv',
    name: 'National Centre for Domestic Violence (NCDV)',
    description:
      'Help to get a civil injunction (a court order) against an abuser; the service is free, though a legal-aid contribution may apply.',
    // Hours UNCONFIRMED: left out. Coverage "England & Wales" is inferred in the reference: no "Covers"
    // line is shown, and Scotland's and Northern Ireland's lists leave it out (listedForNation).
    phones: [{ number: '0800 970 2070' }],
    texts: [{ number: '60777', keyword: 'NCDV' }],
    website: 'https://www.ncdv.org.uk/',
    nations: ENGLAND_WALES,
    nationsInferred: true,
    categories: ['domestic-abuse', 'legal-help'],
    source: 'https://www.ncdv.org.uk/faqs/',
    verifiedOn: AUDITED,
  },
  NATIONAL_DOMESTIC_ABUSE_HELPLINE,
  MENS_ADVICE_LINE,
  {
    id: 'crimestoppers',
    name: 'Crimestoppers',
    description: 'Give information about a crime anonymously; this is not a support line.',
    phones: [{ number: '0800 555 111', free: true }],
    website: 'https://www.crimestoppers-uk.org/',
    hours: '24/7',
    nations: ALL,
    categories: ['report-crime'],
    source: 'https://www.crimestoppers-uk.org/',
    sourceNote: HOME_PAGE_ONLY,
    verifiedOn: VERIFIED,
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    description: 'Someone to talk to, any time, about whatever you are going through (UK and Ireland).',
    phones: [{ number: '116 123', free: true }],
    email: 'jo@samaritans.org',
    website: 'https://www.samaritans.org/',
    hours: '24/7',
    nations: ALL,
    categories: ['emotional-support'],
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    verifiedOn: AUDITED,
  },
  {
    id: 'galop',
    name: 'Galop National Helpline for LGBT+ Victims and Survivors of Abuse and Violence',
    operator: 'Galop',
    description: 'Support for LGBT+ victims and survivors of abuse and violence.',
    phones: [{ number: '0800 999 5428', free: true }],
    email: 'help@galop.org.uk',
    website: 'https://www.galop.org.uk/',
    // Hours as seen in February 2023: shown with that date and no "Open now" until a live check.
    hours: {
      mon: [['10:00', '20:30']],
      tue: [['10:00', '20:30']],
      wed: [['10:00', '20:30']],
      thu: [['10:00', '20:30']],
      fri: [['10:00', '16:30']],
    },
    hoursAsOf: '2023-02',
    nations: ALL,
    categories: ['lgbt', 'victims'],
    source: 'https://www.galop.org.uk/',
    sourceDate: '2023',
    sourceNote: HOME_PAGE_ONLY,
    verifiedOn: VERIFIED,
  },
  {
    id: 'karma-nirvana',
    name: 'Karma Nirvana',
    description: 'Support for people affected by honour-based abuse.',
    // Two of its own pages disagree on hours: no hours shown.
    phones: [{ number: '0800 5999 247', free: true }],
    website: 'https://www.karmanirvana.org.uk/',
    nations: ALL,
    categories: ['honour-based-abuse'],
    source: 'https://www.karmanirvana.org.uk/',
    sourceNote:
      'The reference read the number on two undated FAQ pages of this site without recording their addresses.',
    verifiedOn: VERIFIED,
  },
  LIVE_FEAR_FREE,
  SCOTLAND_DOMESTIC_ABUSE_HELPLINE,
  VICTIM_SUPPORT_SCOTLAND,
  ACTION_AGAINST_STALKING,
  {
    id: 'rape-crisis-scotland',
    name: 'Rape Crisis Scotland Helpline',
    operator: 'Rape Crisis Scotland',
    description: 'Free support for anyone in Scotland affected by rape or sexual violence, every evening.',
    phones: [{ number: '08088 01 03 02', free: true }],
    website: 'https://www.rapecrisisscotland.org.uk/',
    hours: EVERY_DAY(['18:00', '24:00']),
    nations: ['scotland'],
    categories: ['sexual-violence'],
    source: MYGOV_STALKING,
    hoursSource: 'https://www.rapecrisisscotland.org.uk/',
    sourceNote: "The hours were read on the charity's own site, whose page address the reference did not record.",
    verifiedOn: AUDITED,
  },
  NI_DOMESTIC_SEXUAL_ABUSE_HELPLINE,
  {
    id: 'rape-crisis-support-line',
    name: 'Rape Crisis 24/7 Rape & Sexual Abuse Support Line',
    operator: 'Rape Crisis England & Wales',
    description:
      'Support for anyone aged 16 or over in England and Wales affected by rape, sexual assault or sexual abuse, by online chat, at any time.',
    // Phone number UNCONFIRMED (seen only in third-party code): not shipped. The reader is sent to the
    // website and chat, whose hours (24/7) are confirmed by the FAQ page.
    website: 'https://www.247sexualabusesupport.org.uk/',
    webchat: { url: 'https://www.247sexualabusesupport.org.uk/', hours: '24/7' },
    minAge: 16,
    nations: ENGLAND_WALES,
    categories: ['sexual-violence'],
    source: 'https://www.247sexualabusesupport.org.uk/faqs/',
    verifiedOn: AUDITED,
  },
  CHILDLINE,
];

/**
 * Entries for one nation: those that say they cover it, and those whose coverage is not confirmed
 * (national services such as the National Stalking Helpline), in bundled order.
 * `includeUnstated: false` keeps only entries that state the nation.
 */
export function helplinesForNation(
  nation: ServiceNation,
  { includeUnstated = true, list = HELPLINES }: { includeUnstated?: boolean; list?: readonly Helpline[] } = {},
): Helpline[] {
  return list.filter((h) => (h.nations ? h.nations.includes(nation) : includeUnstated));
}

/** Whose bank holidays a service keeps: its own `holidays`, else the one jurisdiction it serves, else England and Wales. */
export function holidayNation(h: Pick<Helpline, 'nations' | 'holidays'>): LawNation {
  if (h.holidays) return h.holidays;
  const n = h.nations;
  if (n?.length === 1 && (n[0] === 'scotland' || n[0] === 'northern-ireland')) return n[0];
  return 'england-wales';
}

/** One bundled entry by id. */
export function helplineById(id: string): Helpline | undefined {
  return HELPLINES.find((h) => h.id === id);
}
