/**
 * Bundled content for `<safety-four-explainer>`: the FOUR words, the "does this sound familiar?"
 * behaviours and which of the four each one shows, stalking versus harassment, the common types of
 * stalker and the closing "what you can do" steps.
 *
 * Facts trace to sections 3 and 4 of the project's reference (`uk-support-facts.md`); each item names
 * the page it came from in `source`. `verifiedOn` is the day the facts were checked against that
 * reference: a person must re-check them on the live `source` before a release.
 *
 * The English text here is the default; every item also has a key in the element's string overrides
 * (see the element's docs: `fixated.meaning`, `check.follow`, `vs.pattern`, `type.rejected`…).
 * Phone numbers are NOT copied here: the closing steps read them from `helplines.ts`.
 */

import type { LawNation } from '../internal/nation.js';

export type FourWordId = 'fixated' | 'obsessive' | 'unwanted' | 'repeated';
export const FOUR_IDS: readonly FourWordId[] = ['fixated', 'obsessive', 'unwanted', 'repeated'];

export interface Sourced {
  /** The page that says the fact (URL). */
  readonly source: string;
  /** Why `source` is a home page, when it is one. */
  readonly sourceNote?: string;
  /** Day the fact was checked against the project's reference (stored copies of its sources; ISO "YYYY-MM-DD"). */
  readonly verifiedOn: string;
  /** Day a person read the live source and confirmed the fact (ISO). */
  readonly liveCheckedOn?: string;
}

export interface FourWord extends Sourced {
  readonly id: FourWordId;
  readonly word: string;
  /** One line, plain English. */
  readonly meaning: string;
  /** Two or three everyday examples. */
  readonly examples: readonly string[];
}

/** A behaviour the reader can tick in `mode="check"`, and the FOUR words it shows. */
export interface Behaviour {
  readonly id: string;
  readonly text: string;
  readonly words: readonly FourWordId[];
}

export interface SourcedText extends Sourced {
  readonly id: string;
  readonly text: string;
}

/** A paragraph of "stalking or harassment?", said only in `nations` when the law differs (absent: every nation). */
export interface VsText extends SourcedText {
  readonly nations?: readonly LawNation[];
}

export interface StalkerType extends SourcedText {
  readonly name: string;
}

const VERIFIED = '2026-11-23';
/** Day the reference's section 7 corrections were applied. */
const AUDITED = '2026-11-29';

/** College of Policing's mnemonic, as shared by Bedfordshire Police (May 2019); examples as listed there and by Avon and Somerset Police (2025). */
const FOUR_SOURCE =
  'https://www.bedfordshire.police.uk/information-and-services/Advice/Force-focus/2019/May/ForceFocus-Stalking';
const AVON_2025 =
  'https://avonandsomerset.police.uk/news/2025/04/fixated-obsessive-unwanted-repeated-four-ways-to-spot-signs-of-stalking';
const PHA_2A = 'https://www.legislation.gov.uk/ukpga/1997/40/section/2A';
// The page address the data had was found in no stored copy (reference section 7): the force's site is the
// source, as the reference cites it.
const HERTS = 'https://www.herts.police.uk/';
// Police crime prevention (Secured by Design). Not in the reference; its stored copy says "the majority of stalkers
// are known to their victims, such as ex-partners, a friend, neighbour, colleague, or an acquaintance".
const SBD_STALKING =
  'https://crimeprevention.securedbydesign.com/stalking-domestic-abuse-and-related-offences/stalking';
const SBD_CHECKED = '2026-12-07';
/** Day the stalking paragraph was split by jurisdiction (reference sections 2 and 4). */
const BY_NATION = '2026-12-07';
const HERTS_NOTE =
  'The reference cites herts.police.uk without a page address; the page the data named was found in no stored copy.';
// The reference cites the trust's own advice (2010) without a page address: the site is the source.
const SLT_2010 = 'https://www.suzylamplugh.org/';
const SLT_NOTE = "The reference cites the trust's own advice (2010) without a page address.";

export const FOUR_WORDS: readonly FourWord[] = [
  {
    id: 'fixated',
    word: 'Fixated',
    meaning: 'Their attention is fixed on you and they cannot let it go.',
    examples: [
      'They turn up where you live, work or go out.',
      'They follow you, or you keep seeing them nearby.',
      'They contact your family, friends or colleagues to find out about you.',
    ],
    source: FOUR_SOURCE,
    verifiedOn: VERIFIED,
  },
  {
    id: 'obsessive',
    word: 'Obsessive',
    meaning: 'It takes over how they behave, and they do not stop when asked.',
    examples: [
      'They send message after message, or call again and again.',
      'They watch what you do online, or track where you go.',
      'They order or cancel things in your name.',
    ],
    source: FOUR_SOURCE,
    verifiedOn: VERIFIED,
  },
  {
    id: 'unwanted',
    word: 'Unwanted',
    meaning: 'You did not ask for it and you do not want it. It can leave you scared, worried or upset.',
    examples: [
      'They send you gifts or leave things for you.',
      'They damage your home, car or things.',
      'They keep trying to reach you after you have said no.',
    ],
    source: FOUR_SOURCE,
    verifiedOn: VERIFIED,
  },
  {
    id: 'repeated',
    word: 'Repeated',
    meaning: 'It happens more than once. Two or more times is a pattern.',
    examples: ['The messages, calls or visits keep coming.', 'It stops for a while, then starts again.'],
    source: FOUR_SOURCE,
    verifiedOn: VERIFIED,
  },
];

export const BEHAVIOURS_SOURCE: Sourced = { source: FOUR_SOURCE, verifiedOn: VERIFIED };

/**
 * Stalking versus harassment: reference section 4. Each paragraph's key is `vs.<id>`, so a site overrides
 * `vs.stalking` (England and Wales) and `vs.stalking-offence` (Scotland, Northern Ireland) apart.
 */
export const STALKING_VS_HARASSMENT: readonly VsText[] = [
  {
    id: 'pattern',
    text: 'Stalking and harassment are both a pattern of behaviour: something that happens on two or more occasions.',
    source: AVON_2025,
    verifiedOn: VERIFIED,
  },
  {
    id: 'harassment',
    text: 'Harassment is repeated, oppressive behaviour that causes alarm, distress or fear of violence.',
    source: AVON_2025,
    verifiedOn: VERIFIED,
  },
  {
    id: 'stalking',
    // "A kind of harassment" is England and Wales law: PHA s.2A makes stalking harassment that amounts to stalking.
    text: 'Stalking is a kind of harassment that is fixated and obsessive. It includes things like following, contacting, watching or monitoring someone, hanging around where they are, or interfering with their things.',
    nations: ['england-wales'],
    source: PHA_2A,
    verifiedOn: VERIFIED,
  },
  {
    id: 'stalking-offence',
    // Scotland (s.39 CJL(S)A 2010) and Northern Ireland (s.1 Protection from Stalking Act (NI) 2022) make
    // stalking an offence of its own, not a kind of harassment (reference section 2).
    text: 'Stalking is fixated and obsessive behaviour. It includes things like following, contacting, watching or monitoring someone, hanging around where they are, or interfering with their things.',
    nations: ['scotland', 'northern-ireland'],
    source: AVON_2025,
    sourceNote:
      'Reference section 4: "It is marked by fixation and obsession" (Avon and Somerset Police: "a pattern of unwanted, fixated and obsessive behaviour"); the examples are section 4\'s, which s.39(6) of the Criminal Justice and Licensing (Scotland) Act 2010 also lists.',
    verifiedOn: BY_NATION,
  },
  {
    id: 'who',
    text: 'The person can be an ex-partner, someone you know, or a stranger.',
    source: SBD_STALKING,
    verifiedOn: SBD_CHECKED,
  },
  {
    id: 'decide',
    text: 'You do not have to decide which it is. Tell the police what is happening. If you think it is stalking, you can say so, and ask for it to be recorded as stalking.',
    source: AVON_2025,
    verifiedOn: AUDITED,
  },
];

/** The "stalking or harassment?" paragraphs for a reader in one jurisdiction. */
export function vsFor(nation: LawNation): VsText[] {
  return STALKING_VS_HARASSMENT.filter((p) => !p.nations || p.nations.includes(nation));
}

/** Closing steps that are not phone numbers: reference section 3. */
export const WHAT_TO_DO: readonly SourcedText[] = [
  {
    id: 'record',
    text: 'Write down what happens as soon as you can: the date, time and place, what happened, any witnesses, and how it made you feel.',
    source: SLT_2010,
    sourceNote: SLT_NOTE,
    verifiedOn: VERIFIED,
  },
  {
    id: 'keep',
    text: 'Keep letters, gifts, messages and screenshots, and handle things as little as possible.',
    source: HERTS,
    sourceNote: HERTS_NOTE,
    verifiedOn: AUDITED,
  },
  {
    id: 'dont-engage',
    text: 'Do not reply to, confront or agree to meet the person.',
    source: HERTS,
    sourceNote: HERTS_NOTE,
    verifiedOn: AUDITED,
  },
];

/**
 * Where a nation's police take a stalking report online, by jurisdiction: the closing steps add it after 101.
 * Reference section 7: "Police Scotland has an online stalking report form (scotland.police.uk/keep-safe/
 * personal-safety/stalking)"; the page links its "online Stalking Form". No other force's form is recorded.
 */
export const REPORT_ONLINE: Readonly<Partial<Record<'england-wales' | 'scotland' | 'northern-ireland', Sourced>>> = {
  scotland: {
    source: 'https://www.scotland.police.uk/keep-safe/personal-safety/stalking',
    sourceNote: "reference section 7 (Police Scotland's online stalking report form)",
    verifiedOn: AUDITED,
  },
};

/**
 * The stalking services the closing steps name, by jurisdiction, as ids in `helplines.ts` (numbers are
 * read from there). Scotland's own services come first there; Paladin and other England-and-Wales-only
 * services are never named for Scotland or Northern Ireland. The National Stalking Helpline's coverage
 * is not confirmed, so it is named everywhere without a claim about where it serves.
 */
export const STALKING_SIGNPOSTS: Readonly<
  Record<'england-wales' | 'scotland' | 'northern-ireland', readonly string[]>
> = {
  'england-wales': ['national-stalking-helpline'],
  scotland: ['action-against-stalking', 'victim-support-scotland', 'national-stalking-helpline'],
  'northern-ireland': ['national-stalking-helpline'],
};
