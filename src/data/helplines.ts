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

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
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
  | 'report-crime';
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
];

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Opening and closing time in UK time (`Europe/London`), "HH:MM"; a close of "24:00" means midnight. */
export type TimeRange = readonly [open: string, close: string];

/** A weekly timetable in UK time. A day that is missing is closed. */
export type WeeklyHours = { readonly [D in Day]?: readonly TimeRange[] } & {
  /** "closed": closed on bank holidays (England and Wales dates unless the site gives its own). Absent: not known. */
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
  /** Where the facts were checked (URL). */
  readonly source: string;
  /** Day a person last checked the facts against `source` (ISO "YYYY-MM-DD"). */
  readonly verifiedOn: string;
}

const VERIFIED = '2026-11-23';
const WEEKDAYS = (range: TimeRange) => ({ mon: [range], tue: [range], wed: [range], thu: [range], fri: [range] });
const ALL = NATIONS;
const ENGLAND_WALES: readonly Nation[] = ['england', 'wales'];

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
    source: 'https://www.suzylamplugh.org/',
    verifiedOn: VERIFIED,
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
    source: 'https://www.paladinservice.co.uk/',
    verifiedOn: VERIFIED,
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
    source: 'https://www.victimsupport.org.uk/',
    verifiedOn: VERIFIED,
  },
  {
    id: 'ncdv',
    name: 'National Centre for Domestic Violence (NCDV)',
    description: 'Help to get a civil injunction (a court order) against an abuser; the service is free, though a legal-aid contribution may apply.',
    // Hours UNCONFIRMED: left out. Nations "England & Wales (inferred)" in the reference.
    phones: [{ number: '0800 970 2070' }],
    texts: [{ number: '60777', keyword: 'NCDV' }],
    website: 'https://www.ncdv.org.uk/',
    nations: ENGLAND_WALES,
    categories: ['domestic-abuse', 'legal-help'],
    source: 'https://www.ncdv.org.uk/faqs/',
    verifiedOn: VERIFIED,
  },
  {
    id: 'national-domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline',
    operator: 'Refuge',
    description: 'Support for anyone experiencing domestic abuse; you can ask for a safe time to be called back.',
    phones: [{ number: '0808 2000 247', free: true }],
    website: 'https://www.nationaldahelpline.org.uk/',
    // Live chat hours UNCONFIRMED now: no webchat shown. Nation "England" UNCONFIRMED: left out.
    hours: '24/7',
    bsl: 'British Sign Language (BSL) interpreting: Monday to Friday, 10am to 6pm.',
    categories: ['domestic-abuse'],
    source: 'https://www.refuge.org.uk/',
    verifiedOn: VERIFIED,
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
    source: 'https://www.samaritans.org/',
    verifiedOn: VERIFIED,
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
    source: 'https://www.respect.uk.net/',
    verifiedOn: VERIFIED,
  },
  {
    id: 'galop',
    name: 'Galop National Helpline for LGBT+ Victims and Survivors of Abuse and Violence',
    operator: 'Galop',
    description: 'Support for LGBT+ victims and survivors of abuse and violence.',
    phones: [{ number: '0800 999 5428', free: true }],
    email: 'help@galop.org.uk',
    website: 'https://www.galop.org.uk/',
    // Hours as seen in Feb 2023; bank-holiday opening not known.
    hours: {
      mon: [['10:00', '20:30']],
      tue: [['10:00', '20:30']],
      wed: [['10:00', '20:30']],
      thu: [['10:00', '20:30']],
      fri: [['10:00', '16:30']],
    },
    nations: ALL,
    categories: ['lgbt', 'victims'],
    source: 'https://www.galop.org.uk/',
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
    verifiedOn: VERIFIED,
  },
  {
    id: 'live-fear-free',
    name: 'Live Fear Free',
    operator: 'Welsh Government',
    description: 'The Welsh Government\'s helpline for anyone in Wales affected by domestic abuse, by phone, text, email or chat, at any time.',
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
    source: 'https://www.safer.scot/',
    verifiedOn: VERIFIED,
  },
  {
    id: 'ni-domestic-sexual-abuse-helpline',
    name: 'Domestic and Sexual Abuse Helpline',
    operator: 'Nexus NI',
    description: 'Support for anyone in Northern Ireland affected by domestic or sexual abuse, by phone, email or webchat, all year.',
    phones: [{ number: '0808 802 1414', free: true }],
    email: 'help@dsahelpline.org',
    hours: '24/7',
    nations: ['northern-ireland'],
    categories: ['domestic-abuse', 'sexual-violence'],
    source: 'https://www.victimsupportni.com/',
    verifiedOn: VERIFIED,
  },
  {
    id: 'rape-crisis-support-line',
    name: 'Rape Crisis 24/7 Rape & Sexual Abuse Support Line',
    operator: 'Rape Crisis',
    description: 'Support for anyone aged 16 or over affected by rape, sexual assault or sexual abuse, by phone or online chat, at any time.',
    // Phone number UNCONFIRMED (seen only in third-party code): not shipped; the reader is sent to the website.
    website: 'https://www.247sexualabusesupport.org.uk/',
    webchat: { url: 'https://www.247sexualabusesupport.org.uk/', hours: '24/7' },
    nations: ENGLAND_WALES,
    categories: ['sexual-violence'],
    source: 'https://www.247sexualabusesupport.org.uk/',
    verifiedOn: VERIFIED,
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

/** One bundled entry by id. */
export function helplineById(id: string): Helpline | undefined {
  return HELPLINES.find((h) => h.id === id);
}

/** A fact of the emergency panel, with its evidence. */
export interface EmergencyFact {
  readonly id: 'emergency' | 'silent-solution' | 'relay-uk' | 'emergency-sms' | 'non-emergency';
  /** What a phone dials (or texts, for emergencySMS). */
  readonly number: string;
  readonly source: string;
  readonly verifiedOn: string;
}

/**
 * Emergency numbers (wording is in the directory's strings table):
 * - 999 for an emergency; free.
 * - Silent Solution: 999 from a mobile; cough or tap; if you can make no sound, press 55 when the
 *   recording asks. Pressing 55 does not give police your location; if 55 is not pressed the call ends.
 * - Relay UK: 18000 for emergencies by text relay; free.
 * - emergencySMS: text "register" to 999 and reply "yes" (UK mobiles, not from abroad); in an
 *   emergency text 999; a reply usually comes in about 2 minutes, text again if none within 3.
 * - 101 for non-emergencies (its cost is not confirmed, so it is not called free).
 */
export const EMERGENCY: readonly EmergencyFact[] = [
  { id: 'emergency', number: '999', source: 'https://www.police.uk/', verifiedOn: VERIFIED },
  { id: 'silent-solution', number: '999', source: 'https://www.avonandsomerset.police.uk/', verifiedOn: VERIFIED },
  { id: 'relay-uk', number: '18000', source: 'https://www.relayuk.bt.com/', verifiedOn: VERIFIED },
  { id: 'emergency-sms', number: '999', source: 'https://www.emergencysms.org.uk/', verifiedOn: VERIFIED },
  { id: 'non-emergency', number: '101', source: 'https://www.police.uk/', verifiedOn: VERIFIED },
];
