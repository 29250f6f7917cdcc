/**
 * The built-in safety plan for `<safety-checklist>`, from section 3 ("Safety-planning checklist") of
 * the project's reference, `uk-support-facts.md`. Each item names the page it comes from (`source`,
 * with any further pages in `alsoSources`) and the day it was checked against the reference
 * (`verifiedOn`). The reference names sites, not single pages: a person must open each source and
 * re-check the wording, and pin the exact page, before a release.
 *
 * Item ids are stable: a reader who chose to save their plan has these ids (and nothing else) stored.
 * Never reuse an id for a different step.
 */

import type { LawNation } from '../internal/nation.js';

/** One step of the plan. Site items (JSON, property or light DOM) need only `id` and `text`. */
export interface ChecklistItem {
  /** Stable id (letters, digits, `-`, `_`); it is what a saved plan stores. */
  id: string;
  /** The step as the reader sees it, rendered as text. */
  text: string;
  /** Page the step comes from. */
  source?: string;
  /** Further pages that say the same. */
  alsoSources?: string[];
  /** Why `source` is a site's home page rather than the page that says the step, when it is one. */
  sourceNote?: string;
  /** ISO date the step was last checked against the project's reference (stored copies of its sources). */
  verifiedOn?: string;
  /** ISO date a person read the live source and confirmed the step. */
  liveCheckedOn?: string;
  /** Built-in steps only: the jurisdictions the step is for (it names a service or scheme of theirs). Absent: every nation. */
  nations?: LawNation[];
  /** Built-in steps only: helpline ids (from `src/data/helplines.ts`) whose phone numbers are shown under the step. */
  helplines?: string[];
}

export interface ChecklistGroup {
  /** Stable id used by the `groups` attribute (`groups="evidence online"`). */
  id: string;
  /** The group's heading. */
  title: string;
  items: ChecklistItem[];
}

const V = '2026-11-23';
/** Day the reference's section 7 corrections were applied. */
const A = '2026-11-29';
const SUZY = 'https://www.suzylamplugh.org/';
const HERTS = 'https://www.herts.police.uk/';
const DEVON = 'https://www.devon.gov.uk/';
const STAFFS = 'https://www.staffordshire.police.uk/';
const LINCS = 'https://www.lincs.police.uk/';
const AREYOUOK = 'https://www.areyouok.co.uk/';
const TRAVEL = [HERTS, 'https://www.scaredofsomeone.org/', 'https://www.police.uk/'];
/** Why a home page: the reference's section 3 names these sites, not pages. */
const SITE =
  "The reference's safety-planning section names this site, not a page of it; pin the page at the live check.";
const GOVUK_EXIT = 'https://design-system.service.gov.uk/patterns/exit-a-page-quickly/';

export const CHECKLIST: ChecklistGroup[] = [
  {
    id: 'evidence',
    title: 'Evidence and diary',
    items: [
      {
        id: 'evidence-diary',
        text: 'Write down each incident straight away: the date, time and place, what happened, any vehicle, any witnesses, and how it made you feel. A record made at the time can be used in court.',
        source: SUZY,
        sourceNote: SITE,
        alsoSources: ['https://www.scaredofsomeone.org/'],
        verifiedOn: V,
      },
      {
        id: 'evidence-keep',
        text: 'Keep letters, gifts, texts, emails and screenshots. Handle items as little as possible.',
        source: HERTS,
        sourceNote: SITE,
        verifiedOn: V,
      },
      {
        id: 'evidence-report-early',
        text: "Don't wait until you have gathered evidence before you report to the police.",
        source:
          'https://www.northants.police.uk/advice/advice-and-information/beta-stalking-and-harassment/how-report-stalking-harassment',
        verifiedOn: V,
      },
      {
        id: 'evidence-golden-rules',
        // Plain English (issue 17): Paladin is named for what it is at first use, and S-DASH is explained by
        // what the reference says it is, risk questions. The reference gives no expansion of the letters.
        text: 'Follow the six "golden rules" of Paladin, the National Stalking Advocacy Service: report early, get practical advice, collect evidence, keep a diary, answer the S-DASH questions about the risk you face, and trust your instinct.',
        source: DEVON,
        sourceNote: SITE,
        verifiedOn: V,
        // Paladin and the S-DASH questions are England and Wales services (reference section 7).
        nations: ['england-wales'],
      },
    ],
  },
  {
    id: 'dont-engage',
    title: "Don't engage",
    items: [
      {
        id: 'engage-never',
        text: 'Never confront, reply to or meet the person who is stalking you.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: [SUZY],
        verifiedOn: V,
      },
      {
        id: 'engage-block-or-mute',
        text: 'Decide whether to block or mute them online. Advice differs: Veritas Justice suggests muting rather than blocking, to keep evidence and avoid making things worse; Staffordshire Police advises blocking.',
        source: 'https://www.sussex-pcc.gov.uk/about/news/mute-don-t-block-your-stalker',
        alsoSources: [STAFFS],
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'home',
    title: 'At home',
    items: [
      {
        id: 'home-locks',
        text: 'Change the locks.',
        source: DEVON,
        sourceNote: SITE,
        alsoSources: [HERTS],
        verifiedOn: V,
      },
      {
        id: 'home-alarm',
        text: 'Add an alarm or a camera.',
        source: DEVON,
        sourceNote: SITE,
        alsoSources: [HERTS],
        verifiedOn: V,
      },
      {
        id: 'home-keys',
        text: 'Have your keys ready when you reach the door.',
        source: DEVON,
        sourceNote: SITE,
        alsoSources: [HERTS],
        verifiedOn: V,
      },
      {
        id: 'home-phone',
        text: 'Answer the phone with "hello" only.',
        source: DEVON,
        sourceNote: SITE,
        alsoSources: [HERTS],
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'out',
    title: 'Out and about',
    items: [
      {
        id: 'out-vary',
        text: 'Vary your routes and the times you travel.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
      {
        id: 'out-tell',
        text: 'Tell someone your plans.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
      {
        id: 'out-phone',
        text: 'Carry a charged phone.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
      {
        id: 'out-alarm',
        text: 'Carry a personal alarm. Never carry a weapon.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
      {
        id: 'out-followed',
        text: 'Know where you would go if you were followed: a busy shop, a house with its lights on, a petrol station with CCTV, or a police station.',
        source: HERTS,
        sourceNote: SITE,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'online',
    title: 'Online and devices',
    items: [
      {
        id: 'online-passwords',
        text: 'Change your passwords and turn on two-step login. Do it from a device the other person has never had access to, so that they cannot see the new ones.',
        source: STAFFS,
        sourceNote: SITE,
        alsoSources: [LINCS, GOVUK_EXIT],
        verifiedOn: A,
      },
      {
        id: 'online-privacy',
        text: 'Set your social media accounts to private.',
        source: STAFFS,
        sourceNote: SITE,
        alsoSources: [LINCS],
        verifiedOn: V,
      },
      {
        id: 'online-location',
        text: 'Turn off location sharing, and geotagging on your photos.',
        source: STAFFS,
        sourceNote: SITE,
        alsoSources: [LINCS],
        verifiedOn: V,
      },
      {
        id: 'online-pin',
        text: 'Put a PIN on your phone.',
        source: STAFFS,
        sourceNote: SITE,
        alsoSources: [LINCS],
        verifiedOn: V,
      },
      {
        id: 'online-spyware',
        text: 'If you think there is spyware on your phone or computer, get advice before you check for it or remove it: doing so can alert the person who installed it. The National Stalking Helpline or the police can advise you.',
        source: GOVUK_EXIT,
        alsoSources: [STAFFS, LINCS],
        verifiedOn: A,
        helplines: ['national-stalking-helpline'],
      },
      {
        id: 'online-trackers',
        text: 'Check for trackers such as AirTags: turn on unknown tracker alerts (Android) or tracking notifications (iPhone), use "play sound", and search your car and bags.',
        source: AREYOUOK,
        sourceNote: SITE,
        verifiedOn: V,
      },
      {
        id: 'online-tracker-found',
        text: "If you find a tracker, remove its battery, don't take it to a safe address, and tell the police.",
        source: AREYOUOK,
        sourceNote: SITE,
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'support',
    title: 'Telling people and getting support',
    items: [
      {
        id: 'support-tell',
        text: 'Tell your family, your neighbours and your employer what is happening.',
        source: HERTS,
        sourceNote: SITE,
        verifiedOn: V,
      },
      {
        id: 'support-spoc',
        text: 'Ask the police for their stalking single point of contact (SPOC).',
        source: HERTS,
        sourceNote: SITE,
        verifiedOn: V,
      },
      {
        // Before the National Stalking Helpline, whose coverage is not confirmed: a reader in Scotland sees
        // Scotland's own services first (DECISIONS, "Content by nation"), as the FOUR explainer names them.
        id: 'support-scotland',
        text: 'Contact Action Against Stalking, a Scottish charity that offers advocacy and support, or Victim Support Scotland.',
        source: 'https://www.mygov.scot/victim-support-stalking',
        verifiedOn: A,
        helplines: ['action-against-stalking', 'victim-support-scotland'],
        nations: ['scotland'],
      },
      {
        id: 'support-helpline',
        text: 'Contact the National Stalking Helpline for advice.',
        source: 'https://www.arun.gov.uk/stalking',
        verifiedOn: A,
        helplines: ['national-stalking-helpline'],
      },
      {
        id: 'support-isac',
        text: "Ask about an Independent Stalking Advocacy Caseworker (ISAC). Paladin's advocates support people at high risk.",
        source: 'https://www.arun.gov.uk/stalking',
        verifiedOn: A,
        helplines: ['paladin'],
        // ISACs and Paladin are England and Wales services (reference section 7).
        nations: ['england-wales'],
      },
    ],
  },
];

/** The built-in plan for a reader in one jurisdiction: steps that name another nation's services are left out. */
export function checklistFor(nation: LawNation): ChecklistGroup[] {
  return CHECKLIST.map((g) => ({ ...g, items: g.items.filter((i) => !i.nations || i.nations.includes(nation)) }));
}
