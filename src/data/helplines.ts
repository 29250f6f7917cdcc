import { servesNation, type LawNation, type Nation as ReaderNation, type ServiceNation } from '../internal/nation.js';

/**
 * Bundled UK helplines for `<safety-helpline-directory>` (and the nation lists of other elements).
 *
 * Every fact traces to section 1 of the project's reference (`uk-support-facts.md`); anything the
 * reference marks UNCONFIRMED is left out (see the notes on each entry). `verifiedOn` is the day the
 * facts were checked against that reference: a person must re-check each number on the live `source`
 * before a release (`npm run check:data` lists entries older than 12 months).
 *
 * The same shape is what a site brings as JSON (`src`, an inline `<script type="application/json">`
 * or the `helplines` property); the JSON Schema is `helplines.schema.json`.
 */

export type Nation = ServiceNation;
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

export type Category =
  | 'stalking'
  | 'domestic-abuse'
  | 'victims'
  | 'lgbt'
  | 'men'
  | 'honour-based-abuse'
  | 'sexual-violence'
  | 'emotional-support'
  | 'legal-help'
  | 'report-crime'
  | 'children';
export const CATEGORIES: readonly Category[] = [
  'stalking',
  'domestic-abuse',
  'victims',
  'lgbt',
  'men',
  'honour-based-abuse',
  'sexual-violence',
  'emotional-support',
  'legal-help',
  'report-crime',
  'children',
];

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Opening and closing time in UK time (`Europe/London`), "HH:MM"; a close of "24:00" means midnight. */
export type TimeRange = readonly [open: string, close: string];

/** A weekly timetable in UK time. A day that is missing is closed. */
export type WeeklyHours = { readonly [D in Day]?: readonly TimeRange[] } & {
  /** "closed": closed on bank holidays (the dates of the nation the service serves: see `Helpline.holidays`). Absent: not known. */
  readonly bankHolidays?: 'closed' | 'open';
  /** Further closed dates (ISO "YYYY-MM-DD"). */
  readonly closedOn?: readonly string[];
};

/** "24/7", or a weekly timetable. Absent: hours not confirmed ("Check opening hours on their website"). */
export type Hours = '24/7' | WeeklyHours;

export interface Phone {
  /** Display form as a person reads it: "0808 802 0300". The `tel:` link is derived from it (`+44…`, short codes as dialled). */
  readonly number: string;
  /** What this number is for, when an entry has several or needs a word: "Press 2 for the London service". */
  readonly label?: string;
  /** Shown as "Free to call" only where the source says so. */
  readonly free?: boolean;
  /** Shown as "Not shown on phone bills" only where the source says so. */
  readonly hiddenFromBill?: boolean;
}

export interface TextLine {
  /** Number to text, display form: "60777", "07860 077333". */
  readonly number: string;
  /** Word to send, prefilled in the message: "NCDV". */
  readonly keyword?: string;
}

export interface Webchat {
  /** Page where the chat starts. */
  readonly url: string;
  /** Chat hours when they differ from the phone's. */
  readonly hours?: Hours;
}

export interface Helpline {
  /** Stable id (lower-case words and hyphens); other elements and `include`/`exclude` use it. */
  readonly id: string;
  readonly name: string;
  /** Organisation that runs it, when it differs from the name. */
  readonly operator?: string;
  /** One sentence: who it is for and what it does. */
  readonly description: string;
  readonly phones?: readonly Phone[];
  readonly texts?: readonly TextLine[];
  readonly email?: string;
  readonly website?: string;
  readonly webchat?: Webchat;
  /** Phone hours. */
  readonly hours?: Hours;
  /** Nations covered. Absent: coverage not confirmed (the entry is kept in every nation's list, with no claim shown). */
  readonly nations?: readonly Nation[];
  readonly categories: readonly Category[];
  /** Interpreters available, where confirmed. */
  readonly interpreters?: boolean;
  /** British Sign Language access, as a short sentence, where confirmed. */
  readonly bsl?: string;
  /** The page that says the facts (URL): not a home page, unless `sourceNote` says why. */
  readonly source: string;
  /** The source page's own date, as far as it is known ("2020", "2023-02"): shown to readers beside the source until a live check. */
  readonly sourceDate?: string;
  /** Why `source` is a site's home page rather than a page that says the fact (`npm run check:data` fails on a home page without it). */
  readonly sourceNote?: string;
  /** Another page for some of the facts (the hours, say), when `source` does not say them all. */
  readonly hoursSource?: string;
  /** Day the facts were checked against the project's reference (stored copies of public pages, ISO "YYYY-MM-DD"). Never shown to readers as a "checked" date. */
  readonly verifiedOn: string;
  /** Day a person read the live `source` page and confirmed the facts (ISO). Only this is shown to readers as "Checked on". */
  readonly liveCheckedOn?: string;
  /** The month ("YYYY-MM") the opening hours were last seen: hours shown with that date and no "Open now" (until a live check). */
  readonly hoursAsOf?: string;
  /** Youngest age the service is for, where it says so (e.g. 16): younger readers are pointed to Childline beside it. */
  readonly minAge?: number;
  /** The coverage in `nations` is inferred, not stated by a source: it orders the list but no "Covers" line is shown. */
  readonly nationsInferred?: boolean;
  /** Whose bank holidays the service keeps; by default the nation it serves (`scotland`, `northern-ireland`), else England and Wales. */
  readonly holidays?: LawNation;
}

const VERIFIED = '2026-11-23';
/** Day the section 7 corrections of the reference (an audit against stored pages) were applied. */
const AUDITED = '2026-11-29';
const WEEKDAYS = (range: TimeRange) => ({ mon: [range], tue: [range], wed: [range], thu: [range], fri: [range] });
const EVERY_DAY = (range: TimeRange) => ({ ...WEEKDAYS(range), sat: [range], sun: [range] });
const ALL = NATIONS;
const ENGLAND_WALES: readonly Nation[] = ['england', 'wales'];
const HOME_PAGE_ONLY =
  'The reference cites only this site; no page of it that says the fact was found in the stored copies. Replace it when a live check finds one.';

// Pages that say the facts (reference section 7, "Source pages better than home pages", and pages found since).
const ARUN = 'https://www.arun.gov.uk/stalking';
const SUZY_STALKING = 'https://www.suzylamplugh.org/stalking';
const TEIGNBRIDGE = 'https://www.teignbridge.gov.uk/housing/advice-guides/domestic-abuse/what-is-domestic-abuse/';
const MYGOV_STALKING = 'https://www.mygov.scot/victim-support-stalking';

export const HELPLINES: readonly Helpline[] = [
  {
    id: 'national-stalking-helpline',
    name: 'National Stalking Helpline',
    operator: 'Suzy Lamplugh Trust',
    description: 'Advice and support for anyone affected by stalking.',
    phones: [{ number: '0808 802 0300', label: 'Press 2 for the London service', free: true, hiddenFromBill: true }],
    website: 'https://www.suzylamplugh.org/',
    // Mon–Fri 09:30–16:00, except Wednesday 13:00–16:00; closed bank holidays. Email and nations UNCONFIRMED: left out.
    hours: { ...WEEKDAYS(['09:30', '16:00']), wed: [['13:00', '16:00']], bankHolidays: 'closed' },
    categories: ['stalking'],
    source: ARUN,
    hoursSource: SUZY_STALKING,
    verifiedOn: AUDITED,
  },
  {
    id: 'paladin',
    name: 'Paladin National Stalking Advocacy Service',
    description: 'Advocacy for high-risk victims of stalking.',
    // Geographic rate: not free. Hours and email UNCONFIRMED: left out.
    phones: [{ number: '020 3866 4107' }],
    website: 'https://www.paladinservice.co.uk/',
    nations: ENGLAND_WALES,
    categories: ['stalking'],
    source: ARUN,
    verifiedOn: AUDITED,
  },
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
    // Hours UNCONFIRMED: left out. Coverage "England & Wales" is inferred in the reference: it orders
    // the list but no "Covers" line is shown.
    phones: [{ number: '0800 970 2070' }],
    texts: [{ number: '60777', keyword: 'NCDV' }],
    website: 'https://www.ncdv.org.uk/',
    nations: ENGLAND_WALES,
    nationsInferred: true,
    categories: ['domestic-abuse', 'legal-help'],
    source: 'https://www.ncdv.org.uk/faqs/',
    verifiedOn: AUDITED,
  },
  {
    id: 'national-domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline',
    operator: 'Refuge',
    description:
      "For women experiencing domestic abuse, and for family, friends and others calling on a woman's behalf; you can ask for a safe time to be called back. Men can call the Men's Advice Line.",
    phones: [{ number: '0808 2000 247', free: true }],
    website: 'https://www.nationaldahelpline.org.uk/',
    // Live chat hours UNCONFIRMED now: no webchat shown. Coverage: England (reference section 7).
    hours: '24/7',
    bsl: 'British Sign Language (BSL) interpreting: Monday to Friday, 10am to 6pm.',
    nations: ['england'],
    categories: ['domestic-abuse'],
    source: TEIGNBRIDGE,
    verifiedOn: AUDITED,
  },
  {
    id: 'mens-advice-line',
    name: "Men's Advice Line",
    operator: 'Respect',
    description: 'Support for men experiencing domestic abuse.',
    // Hours, chat and email UNCONFIRMED: left out. "UK calls welcome".
    phones: [{ number: '0808 801 0327', free: true }],
    website: 'https://www.respect.uk.net/',
    nations: ALL,
    categories: ['domestic-abuse', 'men'],
    source: TEIGNBRIDGE,
    verifiedOn: AUDITED,
  },
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
  {
    id: 'live-fear-free',
    name: 'Live Fear Free',
    operator: 'Welsh Government',
    description:
      "The Welsh Government's helpline for anyone in Wales affected by domestic abuse, by phone, text, email or chat, at any time.",
    // Email address UNCONFIRMED: left out.
    phones: [{ number: '0808 80 10 800', free: true }],
    texts: [{ number: '07860 077333' }],
    website: 'https://www.gov.wales/live-fear-free',
    webchat: { url: 'https://www.gov.wales/live-fear-free', hours: '24/7' },
    hours: '24/7',
    nations: ['wales'],
    categories: ['domestic-abuse'],
    source: 'https://www.gov.wales/live-fear-free',
    verifiedOn: VERIFIED,
  },
  {
    id: 'scotland-domestic-abuse-helpline',
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    operator: "Scottish Women's Aid",
    description: 'Support for anyone in Scotland affected by domestic abuse or forced marriage, with interpreters.',
    phones: [{ number: '0800 027 1234', free: true }],
    email: 'helpline@sdafmh.org.uk',
    website: 'https://www.sdafmh.org.uk/',
    webchat: { url: 'https://www.sdafmh.org.uk/' },
    hours: '24/7',
    interpreters: true,
    nations: ['scotland'],
    categories: ['domestic-abuse', 'honour-based-abuse'],
    source: 'https://safer.scot/information/da/report/',
    verifiedOn: AUDITED,
  },
  {
    id: 'victim-support-scotland',
    name: 'Victim Support Scotland',
    description: 'Free and confidential support for anyone in Scotland affected by crime, including stalking.',
    // Hours and website UNCONFIRMED in the reference: left out ("Check opening hours").
    phones: [{ number: '0800 160 1985', free: true }],
    nations: ['scotland'],
    categories: ['victims', 'stalking'],
    source: MYGOV_STALKING,
    verifiedOn: AUDITED,
  },
  {
    id: 'action-against-stalking',
    name: 'Action Against Stalking',
    description:
      'A Scottish charity offering advocacy and support to people affected by stalking. Contact it through its website.',
    // No phone number confirmed: a web service only.
    website: 'https://www.actionagainststalking.org/',
    nations: ['scotland'],
    categories: ['stalking'],
    source: MYGOV_STALKING,
    verifiedOn: AUDITED,
  },
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
  {
    id: 'ni-domestic-sexual-abuse-helpline',
    name: 'Domestic and Sexual Abuse Helpline',
    operator: 'Nexus NI',
    description:
      'Support for anyone in Northern Ireland affected by domestic or sexual abuse, by phone, email or webchat, all year.',
    phones: [{ number: '0808 802 1414', free: true }],
    email: 'help@dsahelpline.org',
    hours: '24/7',
    nations: ['northern-ireland'],
    categories: ['domestic-abuse', 'sexual-violence'],
    source: 'https://www.victimsupportni.com/help-for-victims/domestic-violence',
    verifiedOn: AUDITED,
  },
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
  {
    id: 'childline',
    name: 'Childline',
    operator: 'NSPCC',
    description:
      'Free support for children and young people up to the age of 19, about anything that is worrying them.',
    phones: [{ number: '0800 1111', free: true, hiddenFromBill: true }],
    hours: '24/7',
    nations: ALL,
    categories: ['children'],
    source: 'https://learning.nspcc.org.uk/services/childline',
    verifiedOn: AUDITED,
  },
];

/**
 * Entries for one nation: those that say they cover it, and those whose coverage is not confirmed
 * (national services such as the National Stalking Helpline), in bundled order.
 * `includeUnstated: false` keeps only entries that state the nation.
 */
export function helplinesForNation(
  nation: Nation,
  { includeUnstated = true, list = HELPLINES }: { includeUnstated?: boolean; list?: readonly Helpline[] } = {},
): Helpline[] {
  return list.filter((h) => (h.nations ? h.nations.includes(nation) : includeUnstated));
}

/**
 * A list in the order a reader in `nation` should see it: first the 24/7 lines of the reader's own
 * nation (services that serve it and not the whole UK), then every other entry in the list's order,
 * then the services that state they cover only other nations (an England-only line is never first for
 * a reader in Scotland or Northern Ireland). The order within each group is kept.
 */
export function orderForNation<T extends Pick<Helpline, 'nations' | 'hours'>>(
  list: readonly T[],
  nation: ReaderNation,
): T[] {
  const group = (h: T) => {
    const serves = servesNation(h, nation);
    if (serves === false) return 2;
    return serves && h.nations!.length < NATIONS.length && h.hours === '24/7' ? 0 : 1;
  };
  return list
    .map((h, i) => [group(h), i, h] as const)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map((x) => x[2]);
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

/** A fact of the emergency panel, with its evidence. */
export interface EmergencyFact {
  readonly id: 'emergency' | 'silent-solution' | 'relay-uk' | 'emergency-sms' | 'non-emergency';
  /** What a phone dials (or texts, for emergencySMS). */
  readonly number: string;
  /**
   * How it is reached: `call` (a `tel:` link), `text` (an `sms:` link) or `textphone` (from a textphone
   * or the Relay UK app: shown as text, never as a `tel:` link that opens the voice dialler).
   */
  readonly via: 'call' | 'text' | 'textphone';
  readonly source: string;
  /** Why `source` is a home page, when it is one. */
  readonly sourceNote?: string;
  readonly verifiedOn: string;
  readonly liveCheckedOn?: string;
}

/**
 * Emergency numbers (wording is in the directory's strings table):
 * - 999 for an emergency; free.
 * - Silent Solution: 999 from a mobile; cough or tap; if you can make no sound, press 55 when the
 *   recording asks. Pressing 55 does not itself give police your location, but most smartphones send it
 *   automatically with any 999 call (Advanced Mobile Location) and a landline gives the address.
 * - Relay UK: 18000 for emergencies, from a textphone or the Relay UK app; free.
 * - emergencySMS: for people who are deaf, hard of hearing or speech-impaired; slower than a call.
 *   Text "register" to 999 and reply "yes" (UK mobiles, not from abroad); in an emergency text 999; a
 *   reply usually comes in about 2 minutes, text again if none within 3.
 * - 101 for non-emergencies (its cost is not confirmed, so it is not called free).
 */
export const EMERGENCY: readonly EmergencyFact[] = [
  {
    id: 'emergency',
    number: '999',
    via: 'call',
    source: 'https://www.police.uk/',
    sourceNote:
      "The reference cites the police forces' own pages for 999 and 101, which every force page says; police.uk is the national police site.",
    verifiedOn: VERIFIED,
  },
  {
    id: 'silent-solution',
    number: '999',
    via: 'call',
    source: 'https://www.avonandsomerset.police.uk/',
    sourceNote:
      'The IOPC "Make Yourself Heard" campaign (April 2019) as the reference read it on this force\'s site; the page address was not recorded.',
    verifiedOn: AUDITED,
  },
  {
    id: 'relay-uk',
    number: '18000',
    via: 'textphone',
    source: 'https://www.relayuk.bt.com/',
    sourceNote:
      'The reference read the 18000 service on the Relay UK site (c. 2021) and the Red Cross; no deeper page address was recorded.',
    verifiedOn: AUDITED,
  },
  {
    id: 'emergency-sms',
    number: '999',
    via: 'text',
    source: 'https://www.southtees.nhs.uk/services/audiology/emergencysms/',
    verifiedOn: AUDITED,
  },
  {
    id: 'non-emergency',
    number: '101',
    via: 'call',
    source: 'https://www.police.uk/',
    sourceNote: 'As for 999: the national police site; every force page gives 101.',
    verifiedOn: VERIFIED,
  },
];
