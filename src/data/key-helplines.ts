import {
  SERVICE_NATION_VALUES,
  servesNation,
  type LawNation,
  type Nation,
  type ServiceNation,
} from '../internal/nation.js';

/**
 * The helpline shape, and the "key lines": the bundled entries that elements other than the directory
 * show (the checklist's, the FOUR explainer's and Clare's Law's signposts), the emergency numbers, and
 * the order by nation. The full list (`helplines.ts`) imports these entries, so there is one copy of
 * each fact; an element that shows only key lines imports this module and never the whole list (issue 18).
 *
 * Every fact traces to section 1 of the project's reference (`uk-support-facts.md`); anything the
 * reference marks UNCONFIRMED is left out (see the notes on each entry). `verifiedOn` is the day the
 * facts were checked against that reference: a person must re-check each number on the live `source`
 * before a release (`npm run check:data` lists entries older than 12 months).
 */

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
  readonly nations?: readonly ServiceNation[];
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
  /**
   * The coverage in `nations` is inferred, not stated by a source: no "Covers" line is shown, and a bundled entry
   * is left out of the directory for a reader in a nation outside it (`listedForNation`).
   */
  readonly nationsInferred?: boolean;
  /** Whose bank holidays the service keeps; by default the nation it serves (`scotland`, `northern-ireland`), else England and Wales. */
  readonly holidays?: LawNation;
}

// Exported ones are shared with helplines.ts (evidence dates, hours helpers, source pages), which does not re-export them.
export const VERIFIED = '2026-11-23';
/** Day the section 7 corrections of the reference (an audit against stored pages) were applied. */
export const AUDITED = '2026-11-29';
const WEEKDAYS = (range: TimeRange) => ({
  mon: [range],
  tue: [range],
  wed: [range],
  thu: [range],
  fri: [range],
});
export const EVERY_DAY = (range: TimeRange) => ({ ...WEEKDAYS(range), sat: [range], sun: [range] });
export const ALL = SERVICE_NATION_VALUES;
export const ENGLAND_WALES: readonly ServiceNation[] = ['england', 'wales'];
export const HOME_PAGE_ONLY =
  'The reference cites only this site; no page of it that says the fact was found in the stored copies. Replace it when a live check finds one.';

// Pages that say the facts (reference section 7, "Source pages better than home pages", and pages found since).
const ARUN = 'https://www.arun.gov.uk/stalking';
const SUZY_STALKING = 'https://www.suzylamplugh.org/stalking';
const TEIGNBRIDGE = 'https://www.teignbridge.gov.uk/housing/advice-guides/domestic-abuse/what-is-domestic-abuse/';
export const MYGOV_STALKING = 'https://www.mygov.scot/victim-support-stalking';

export const NATIONAL_STALKING_HELPLINE: Helpline = {
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
};

export const PALADIN: Helpline = {
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
};

export const NATIONAL_DOMESTIC_ABUSE_HELPLINE: Helpline = {
  id: 'national-domestic-abuse-helpline',
  name: 'National Domestic Abuse Helpline',
  operator: 'Refuge',
  description:
    "For women experiencing domestic abuse, and for family, friends and others calling on a woman's behalf; you can ask for a safe time to be called back. Men can call the Men's Advice Line.",
  phones: [{ number: '0808 2000 247', free: true }],
  website: 'https://www.nationaldahelpline.org.uk/',
  // Live chat hours UNCONFIRMED now: no webchat shown. Coverage: England (reference section 7).
  hours: '24/7',
  // Reference section 1: "BSL Mon–Fri 10:00–18:00 (2021)" (refuge.org.uk 2020; limpingchicken.com 2021), so
  // shown with its date, as Galop's hours are.
  bsl: 'British Sign Language (BSL) interpreting: Monday to Friday, 10am to 6pm, as last seen in 2021: check their website for current hours.',
  nations: ['england'],
  categories: ['domestic-abuse'],
  source: TEIGNBRIDGE,
  verifiedOn: AUDITED,
};

export const MENS_ADVICE_LINE: Helpline = {
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
};

export const LIVE_FEAR_FREE: Helpline = {
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
};

export const SCOTLAND_DOMESTIC_ABUSE_HELPLINE: Helpline = {
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
};

export const VICTIM_SUPPORT_SCOTLAND: Helpline = {
  id: 'victim-support-scotland',
  name: 'Victim Support Scotland',
  description: 'Free and confidential support for anyone in Scotland affected by crime, including stalking.',
  // Hours and website UNCONFIRMED in the reference: left out ("Check opening hours"). Not "free to call": the
  // source says the support is free (as NCDV's says its service is), not the call.
  phones: [{ number: '0800 160 1985' }],
  nations: ['scotland'],
  categories: ['victims', 'stalking'],
  source: MYGOV_STALKING,
  verifiedOn: AUDITED,
};

export const ACTION_AGAINST_STALKING: Helpline = {
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
};

export const NI_DOMESTIC_SEXUAL_ABUSE_HELPLINE: Helpline = {
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
};

export const CHILDLINE: Helpline = {
  id: 'childline',
  name: 'Childline',
  operator: 'NSPCC',
  description: 'Free support for children and young people up to the age of 19, about anything that is worrying them.',
  phones: [{ number: '0800 1111', free: true, hiddenFromBill: true }],
  hours: '24/7',
  nations: ALL,
  categories: ['children'],
  source: 'https://learning.nspcc.org.uk/services/childline',
  verifiedOn: AUDITED,
};

/** The key lines, in the full list's order. */
export const KEY_HELPLINES: readonly Helpline[] = [
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
];

/** One key line by id (the ids other elements' data name; a test checks each is here). */
export function keyHelpline(id: string): Helpline | undefined {
  return KEY_HELPLINES.find((h) => h.id === id);
}

/**
 * Whether a bundled entry is listed for a reader in `nation`. One whose coverage is only inferred (NCDV's
 * "England & Wales") is left out for a nation outside it: it may not serve that reader, and no line can say
 * so (reference section 7: "NCDV coverage 'England and Wales' is inferred: do not show a coverage line for it").
 */
export function listedForNation(h: Pick<Helpline, 'nations' | 'nationsInferred'>, nation: Nation): boolean {
  return !h.nationsInferred || servesNation(h, nation) !== false;
}

/**
 * Entries listed next to another, after the group it leads (the reader's own 24/7 lines stay together at the
 * top). Reference section 7: the National Domestic Abuse Helpline is for women; "signpost men to the Men's
 * Advice Line beside it".
 */
const LISTED_AFTER: Readonly<Record<string, string>> = {
  'mens-advice-line': NATIONAL_DOMESTIC_ABUSE_HELPLINE.id,
};

/**
 * A list in the order a reader in `nation` should see it (DECISIONS: "their nation's services first"): the
 * 24/7 lines of the reader's own nation (services that serve it and not the whole UK); the nation's other
 * services (in England and Wales, with those whose coverage is not known); in Scotland and Northern Ireland,
 * then those whose coverage is not known (the National Stalking Helpline), which may not serve them; the
 * UK-wide ones; last, the services that state they cover only other nations (an England-only line is never
 * first for a reader in Scotland or Northern Ireland). The order within each group is kept; LISTED_AFTER's
 * come straight after the top group when the entry they follow is in it.
 */
export function orderForNation<T extends Pick<Helpline, 'id' | 'nations' | 'hours'>>(
  list: readonly T[],
  nation: Nation,
): T[] {
  const group = (h: T): number => {
    const serves = servesNation(h, nation);
    if (serves === false) return 5;
    if (serves && h.nations!.length < SERVICE_NATION_VALUES.length) return h.hours === '24/7' ? 0 : 2;
    const lead = LISTED_AFTER[h.id] && list.find((x) => x.id === LISTED_AFTER[h.id]);
    if (lead && !group(lead)) return 1;
    if (serves) return 4;
    // Coverage not known: among England and Wales's own services, as it always was; in Scotland and Northern
    // Ireland after the nation's own, which are sure to serve the reader (DECISIONS: "their nation's services first").
    return nation === 'scotland' || nation === 'northern-ireland' ? 3 : 2;
  };
  return list
    .map((h, i) => [group(h), i, h] as const)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map((x) => x[2]);
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
  /** Relay UK: dialled before any other number by a reader who types (shown as text, found by search). */
  readonly prefix?: string;
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
 * - Relay UK: 18000 for emergencies, from a textphone or the Relay UK app; free. Any other number: 18001 and
 *   the number, for a reader who types (reference section 1; 18002, for one who speaks and reads replies, is
 *   left out to keep the panel short).
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
    prefix: '18001',
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
