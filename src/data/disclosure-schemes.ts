import type { LawNation } from '../internal/nation.js';

/**
 * Domestic abuse disclosure schemes of the UK's three police jurisdictions, for `<safety-clares-law>`:
 * England and Wales (DVDS, "Clare's Law"), Scotland (DSDAS) and Northern Ireland (DVADS).
 *
 * Every fact traces to section 2 of the project's reference (`uk-support-facts.md`) and carries the page
 * it came from (`source`) and the day it was checked against that reference (`verifiedOn`). The wording
 * a reader sees lives in the element's strings table (`clares-law.strings.ts`, one table per language);
 * this file holds the facts themselves: names, dates, numbers, routes, and which statements apply.
 *
 * Left out because the reference marks them UNCONFIRMED: a central police.uk application form for
 * England and Wales, and that an Independent Domestic Violence Adviser (IDVA) attends a disclosure.
 * Outdated figures that older pages still print (35 days in England and Wales) are not used.
 *
 * A person must re-check every fact on its live `source` before a release; facts with
 * `preReleaseCheck` name the exact sentence to read.
 */

/** Where a fact was checked, and when. */
export interface Evidence {
  /** The page the fact comes from (URL). */
  readonly source: string;
  /** Day a person last checked the fact against `source` (ISO "YYYY-MM-DD"). */
  readonly verifiedOn: string;
  /** Set when a person must read the source's own sentence before a release: what to check. */
  readonly preReleaseCheck?: string;
  /** Why `source` is a home page, when it is one. */
  readonly sourceNote?: string;
  /** Day a person read the live source and confirmed the fact (ISO). */
  readonly liveCheckedOn?: string;
}

/** Ways to ask the police, in the order a page shows them. */
export type Route = 'phone-101' | 'police-station' | 'officer' | 'force-online-form' | 'national-online-form';

/** Steps of the process, shown as a timeline. Each id has a sentence in the strings table. */
export type StepId =
  | 'apply'
  | 'safe-contact'
  | 'checks'
  | 'meeting'
  | 'partner-agencies'
  | 'panel'
  | 'apply-online'
  | 'meeting-photo-id'
  | 'outcome';

export interface Step extends Evidence {
  readonly id: StepId;
}

export interface DisclosureScheme {
  readonly nation: LawNation;
  /** Official name (a proper noun, shown as is). */
  readonly name: string;
  /** Official abbreviation. */
  readonly abbr: string;
  /** Day (or month, "YYYY-MM") the scheme started across the nation. */
  readonly since: Evidence & { readonly date: string };
  /** Statutory footing, where there is one. */
  readonly statutory?: Evidence & { readonly inForce: string };
  /** Who can use the Right to Ask. */
  readonly rightToAsk: Evidence;
  /** The police's own route: "Right to Know" (E&W) or "Power to Tell" (Scotland, NI). */
  readonly proactive: Evidence & { readonly kind: 'right-to-know' | 'power-to-tell' };
  /** Minimum age of an applicant, and that the person at risk must live in the nation. */
  readonly eligibility?: Evidence & { readonly minAge: number };
  /** Ways to ask. */
  readonly routes: Evidence & { readonly ways: readonly Route[] };
  /** The nation's own online application route, where there is one. */
  readonly nationalForm?: Evidence & {
    readonly url: string;
    readonly owner: string;
    /** `url` is a page that links to the form, not the form itself (its text says so). */
    readonly formOnPage?: boolean;
  };
  /** The steps, in order. */
  readonly steps: readonly Step[];
  /** How long it should take. `kind` picks the sentence: a target, or "within N days or sooner". */
  readonly timescale?: Evidence & { readonly days: number; readonly kind: 'target' | 'within' };
  /** Who is told, how, and what: only where the reference confirms it. */
  readonly disclosure?: {
    readonly whoIsTold: Evidence;
    readonly howTold: Evidence;
    readonly whatMayBeShared: Evidence;
    readonly nothingShared: Evidence;
  };
  /** Support offered to the person at risk. */
  readonly support?: Evidence;
  /** Ids in `helplines.ts` of the national helplines to show "if you are worried right now". */
  readonly helplines: readonly string[];
}

const VERIFIED = '2026-11-23';

// Sources (stored copies the reference was built from).
const GUIDANCE =
  'https://www.gov.uk/government/publications/domestic-violence-disclosure-scheme-pilot-guidance/domestic-violence-disclosure-scheme-accessible';
const COMMENCEMENT = 'https://www.legislation.gov.uk/uksi/2023/406/made';
const WEST_YORKSHIRE =
  'https://westyorkshire.police.uk/advice/abuse-anti-social-behaviour/domestic-abuse/clares-law-domestic-violence-disclosure-scheme-third-party-accessible/clares-law-domestic-violence-disclosure-scheme-third-party-accessible';
const BEDFORDSHIRE_STEPS = 'https://www.bedfordshire.police.uk/apply/Clares-Law/Clares-Law-Disclosure-Scheme-steps';
const THRESHOLD = 'https://threshold-das.org.uk/claires-law/';
const GLOUCESTERSHIRE = 'https://www.gloucestershire.police.uk/';
const CAMBS = 'https://www.cambs.police.uk/information-and-services/Domestic-abuse/Clares-law';
const BEDFORD_TODAY =
  'https://www.bedfordtoday.co.uk/news/crime/bedfordshire-police-deal-with-more-than-70-clares-law-requests-for-information-about-potential-abusers-in-one-year-3185232';
const SAFER_ROTHERHAM = 'https://www.saferrotherham.org.uk/priorities/reducing-domestic-abuse/2';
const INVERCLYDE =
  'https://www.inverclyde.gov.uk/community-life-and-leisure/community-safety-and-resilience/violence-against-women-including-domestic-abuse/disclosure-scheme-for-domestic-abuse-scotland';
const WILTSHIRE999 =
  'https://wiltshire999.co.uk/news/uk/uk-news/over-11500-disclosures-made-through-scotlands-domestic-abuse-scheme';
// The form is reported at scotland.police.uk/secureforms/disclosure/ (shetlandwa.org), UNCONFIRMED that it
// is still live: the link goes to Police Scotland's domestic abuse page, which says you can submit a Right to
// Ask application, with text that says so (reference section 7).
const POLICE_SCOTLAND_DA =
  'https://www.scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me';
const NIDIRECT = 'https://www.nidirect.gov.uk/articles/checking-partners-history-abuse';
const PSNI = 'https://www.psni.police.uk/crime/domestic-abuse/dvads/';
const JUSTICE_NI = 'https://www.justice-ni.gov.uk/news/new-safeguards-potential-victims-domestic-abuse-introduced';

const at = (source: string, preReleaseCheck?: string, verifiedOn = VERIFIED): Evidence =>
  preReleaseCheck ? { source, verifiedOn, preReleaseCheck } : { source, verifiedOn };
/** Day the reference's section 7 corrections were applied. */
const AUDITED = '2026-11-29';
const HOME =
  "The reference cites this force's site for the fact without a page address; pin the page at the live check.";

export const DISCLOSURE_SCHEMES: Readonly<Record<LawNation, DisclosureScheme>> = {
  'england-wales': {
    nation: 'england-wales',
    name: 'Domestic Violence Disclosure Scheme',
    abbr: 'DVDS',
    // Rolled out to all 43 forces in England and Wales in March 2014.
    since: { date: '2014-03', ...at(GUIDANCE) },
    // s.77 Domestic Abuse Act 2021: chief officers must have regard to the guidance; in force 5 April 2023 (SI 2023/406).
    statutory: { inForce: '2023-04-05', ...at(COMMENCEMENT) },
    // The person at risk, or a third party such as a parent, friend or neighbour; can cover an ex-partner.
    rightToAsk: at(WEST_YORKSHIRE),
    // Police disclose on their own initiative when information suggests someone is at risk.
    proactive: { kind: 'right-to-know', ...at(GUIDANCE) },
    // 101, a police station, any officer, or a force's own online form (Bedfordshire, Gloucestershire, Merseyside).
    // A central police.uk form is UNCONFIRMED: not offered.
    routes: { ways: ['phone-101', 'police-station', 'officer', 'force-online-form'], ...at(BEDFORDSHIRE_STEPS) },
    steps: [
      { id: 'safe-contact', ...at(BEDFORDSHIRE_STEPS) },
      // Initial checks and risk assessment, not while you are there; a crime described may be investigated.
      { id: 'checks', ...at(BEDFORDSHIRE_STEPS) },
      // Face to face with a specialist officer; proof of identity.
      // You *may* be asked to meet in person (reference section 7).
      { id: 'meeting', ...at(BEDFORDSHIRE_STEPS, undefined, AUDITED) },
      { id: 'partner-agencies', ...at(THRESHOLD) },
      // Multi-agency decision: lawful, necessary and proportionate, with a "pressing need" (gloucestershire.police.uk;
      // Home Office pilot assessment).
      { id: 'panel', ...at(GLOUCESTERSHIRE), sourceNote: HOME },
      { id: 'outcome', ...at(CAMBS) },
    ],
    // 28 days, down from 35 (Home Office consultation, May 2022; reducingtherisk.org.uk; police FOI answers from late
    // 2023 count against 28 days). Only the introduction of the April 2023 guidance could be read for the reference:
    // the reference says to ship 28 with that guidance page as source and have a person read its own sentence.
    timescale: {
      days: 28,
      kind: 'target',
      ...at(
        GUIDANCE,
        "PRE-RELEASE CHECK: read the April 2023 guidance's own sentence on the timescale (28 days, down from 35) and confirm the figure.",
      ),
    },
    disclosure: {
      // The person at risk, or whoever is best placed to protect them; a third-party applicant usually receives nothing
      // (lancashire.police.uk; southnorfolkandbroadland.gov.uk; cambs.police.uk; westyorkshire.police.uk).
      whoIsTold: at(CAMBS),
      // In person, no written copy; the person at risk is not told who applied; to be kept confidential.
      // "Our officers always aim to maintain the confidentiality of the applicant" (cambs.police.uk): an aim, not a promise.
      howTold: at(CAMBS, undefined, AUDITED),
      // Convictions, cautions or reprimands for violent or abusive offences, or relevant intelligence.
      whatMayBeShared: at(BEDFORD_TODAY),
      // No risk, nothing held, or no pressing need.
      nothingShared: at(THRESHOLD),
    },
    // A safety plan is offered. (That an IDVA attends is UNCONFIRMED: not said.)
    support: at(SAFER_ROTHERHAM),
    // The National Domestic Abuse Helpline is for women (England); men are pointed to the Men's Advice Line beside it.
    helplines: ['national-domestic-abuse-helpline', 'mens-advice-line', 'live-fear-free'],
  },
  scotland: {
    nation: 'scotland',
    name: 'Disclosure Scheme for Domestic Abuse Scotland',
    abbr: 'DSDAS',
    since: { date: '2015-10-01', ...at(INVERCLYDE) },
    // The person, family, friends, colleagues or neighbours can apply.
    rightToAsk: at(WILTSHIRE999),
    // Professionals can ask for a disclosure to be made.
    proactive: { kind: 'power-to-tell', ...at(WILTSHIRE999) },
    // Online form at scotland.police.uk, 101, a police station, or an officer.
    routes: { ways: ['national-online-form', 'phone-101', 'police-station', 'officer'], ...at(INVERCLYDE) },
    nationalForm: {
      url: POLICE_SCOTLAND_DA,
      owner: 'Police Scotland',
      formOnPage: true,
      ...at(POLICE_SCOTLAND_DA, undefined, AUDITED),
    },
    steps: [{ id: 'apply', ...at(INVERCLYDE) }],
    // Applications are processed "within 45 days or sooner".
    timescale: { days: 45, kind: 'within', ...at(WILTSHIRE999) },
    helplines: ['scotland-domestic-abuse-helpline'],
  },
  'northern-ireland': {
    nation: 'northern-ireland',
    name: 'Domestic Violence and Abuse Disclosure Scheme',
    abbr: 'DVADS',
    // Run by the PSNI since 26 March 2018 (the Department of Justice's release; a "2016" elsewhere on
    // justice-ni.gov.uk is inconsistent with it).
    since: { date: '2018-03-26', ...at(JUSTICE_NI) },
    // Right to Ask: about your partner, or (as a third party) about someone else's.
    rightToAsk: at(JUSTICE_NI),
    proactive: { kind: 'power-to-tell', ...at(NIDIRECT) },
    // Applicants 16 or over; the person at risk must live in Northern Ireland.
    eligibility: { minAge: 16, ...at(NIDIRECT) },
    routes: { ways: ['national-online-form'], ...at(NIDIRECT) },
    nationalForm: { url: PSNI, owner: 'PSNI', ...at(PSNI) },
    // The online form; then police meet you and ask for photo ID.
    steps: [
      { id: 'apply-online', ...at(NIDIRECT) },
      // Only "if you are not in immediate danger but police have a concern" (nidirect; reference section 7).
      { id: 'meeting-photo-id', ...at(NIDIRECT, undefined, AUDITED) },
    ],
    // Applicants must be 16 or over: Childline (up to 19) is shown beside the adult line.
    helplines: ['ni-domestic-sexual-abuse-helpline', 'childline'],
  },
};

/**
 * Every fact of a scheme with its evidence, named (`"timescale"`, `"step:panel"`), in the order shown:
 * for the element's sources list, and for `check:data` (stale `verifiedOn`, `preReleaseCheck` items).
 */
export function schemeEvidence(s: DisclosureScheme): [name: string, evidence: Evidence][] {
  const named: [string, Evidence | undefined][] = [
    ['since', s.since],
    ['statutory', s.statutory],
    ['rightToAsk', s.rightToAsk],
    ['proactive', s.proactive],
    ['eligibility', s.eligibility],
    ['routes', s.routes],
    ['nationalForm', s.nationalForm],
    ...s.steps.map((step): [string, Evidence] => [`step:${step.id}`, step]),
    ['timescale', s.timescale],
    ...Object.entries(s.disclosure ?? {}),
    ['support', s.support],
  ];
  return named.filter((n): n is [string, Evidence] => !!n[1]);
}
