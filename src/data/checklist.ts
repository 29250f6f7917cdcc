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
  /** ISO date the step was last checked against its source. */
  verifiedOn?: string;
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
const SUZY = 'https://www.suzylamplugh.org/';
const HERTS = 'https://www.herts.police.uk/';
const DEVON = 'https://www.devon.gov.uk/';
const STAFFS = 'https://www.staffordshire.police.uk/';
const LINCS = 'https://www.lincs.police.uk/';
const AREYOUOK = 'https://www.areyouok.co.uk/';
const TRAVEL = [HERTS, 'https://www.scaredofsomeone.org/', 'https://www.police.uk/'];

export const CHECKLIST: ChecklistGroup[] = [
  {
    id: 'evidence',
    title: 'Evidence and diary',
    items: [
      {
        id: 'evidence-diary',
        text: 'Write down each incident straight away: the date, time and place, what happened, any vehicle, any witnesses, and how it made you feel. A record made at the time can be used in court.',
        source: SUZY,
        alsoSources: ['https://www.scaredofsomeone.org/'],
        verifiedOn: V,
      },
      {
        id: 'evidence-keep',
        text: 'Keep letters, gifts, texts, emails and screenshots. Handle items as little as possible.',
        source: HERTS,
        verifiedOn: V,
      },
      {
        id: 'evidence-report-early',
        text: "Don't wait until you have gathered evidence before you report to the police.",
        source: 'https://www.northants.police.uk/',
        verifiedOn: V,
      },
      {
        id: 'evidence-golden-rules',
        text: "Follow Paladin's six golden rules: report early, get practical advice, collect evidence, keep a diary, complete the S-DASH risk questions, and trust your instinct.",
        source: DEVON,
        verifiedOn: V,
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
        alsoSources: [SUZY],
        verifiedOn: V,
      },
      {
        id: 'engage-block-or-mute',
        text: 'Decide whether to block or mute them online. Advice differs: Veritas Justice suggests muting rather than blocking, to keep evidence and avoid making things worse; Staffordshire Police advises blocking.',
        source: 'https://www.safespacesussex.org.uk/',
        alsoSources: [STAFFS],
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'home',
    title: 'At home',
    items: [
      { id: 'home-locks', text: 'Change the locks.', source: DEVON, alsoSources: [HERTS], verifiedOn: V },
      { id: 'home-alarm', text: 'Add an alarm or a camera.', source: DEVON, alsoSources: [HERTS], verifiedOn: V },
      { id: 'home-keys', text: 'Have your keys ready when you reach the door.', source: DEVON, alsoSources: [HERTS], verifiedOn: V },
      { id: 'home-phone', text: 'Answer the phone with "hello" only.', source: DEVON, alsoSources: [HERTS], verifiedOn: V },
    ],
  },
  {
    id: 'out',
    title: 'Out and about',
    items: [
      { id: 'out-vary', text: 'Vary your routes and the times you travel.', source: HERTS, alsoSources: TRAVEL.slice(1), verifiedOn: V },
      { id: 'out-tell', text: 'Tell someone your plans.', source: HERTS, alsoSources: TRAVEL.slice(1), verifiedOn: V },
      { id: 'out-phone', text: 'Carry a charged phone.', source: HERTS, alsoSources: TRAVEL.slice(1), verifiedOn: V },
      { id: 'out-alarm', text: 'Carry a personal alarm. Never carry a weapon.', source: HERTS, alsoSources: TRAVEL.slice(1), verifiedOn: V },
      {
        id: 'out-followed',
        text: 'Know where you would go if you were followed: a busy shop, a house with its lights on, a petrol station with CCTV, or a police station.',
        source: HERTS,
        alsoSources: TRAVEL.slice(1),
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'online',
    title: 'Online and devices',
    items: [
      { id: 'online-passwords', text: 'Change your passwords and turn on two-step login.', source: STAFFS, alsoSources: [LINCS], verifiedOn: V },
      { id: 'online-privacy', text: 'Set your social media accounts to private.', source: STAFFS, alsoSources: [LINCS], verifiedOn: V },
      { id: 'online-location', text: 'Turn off location sharing, and geotagging on your photos.', source: STAFFS, alsoSources: [LINCS], verifiedOn: V },
      { id: 'online-pin', text: 'Put a PIN on your phone.', source: STAFFS, alsoSources: [LINCS], verifiedOn: V },
      { id: 'online-spyware', text: 'Get your phone and computer checked for spyware.', source: STAFFS, alsoSources: [LINCS], verifiedOn: V },
      {
        id: 'online-trackers',
        text: 'Check for trackers such as AirTags: turn on unknown tracker alerts (Android) or tracking notifications (iPhone), use "play sound", and search your car and bags.',
        source: AREYOUOK,
        verifiedOn: V,
      },
      {
        id: 'online-tracker-found',
        text: "If you find a tracker, remove its battery, don't take it to a safe address, and tell the police.",
        source: AREYOUOK,
        verifiedOn: V,
      },
    ],
  },
  {
    id: 'support',
    title: 'Telling people and getting support',
    items: [
      { id: 'support-tell', text: 'Tell your family, your neighbours and your employer what is happening.', source: HERTS, verifiedOn: V },
      { id: 'support-spoc', text: 'Ask the police for their stalking single point of contact (SPOC).', source: HERTS, verifiedOn: V },
      {
        id: 'support-helpline',
        text: 'Contact the National Stalking Helpline for advice.',
        source: 'https://www.suzylamplugh.org/national-stalking-helpline',
        verifiedOn: V,
        helplines: ['national-stalking-helpline'],
      },
      {
        id: 'support-isac',
        text: "Ask about an Independent Stalking Advocacy Caseworker (ISAC). Paladin's advocates support people at high risk.",
        source: 'https://www.paladinservice.co.uk/',
        verifiedOn: V,
        helplines: ['paladin'],
      },
    ],
  },
];
