import type { Translations } from '../../internal/strings.js';

/**
 * Every user-visible string of `<safety-four-explainer>` that is not bundled content. Content (the
 * FOUR words, examples, behaviours, law) lives in `src/data/four.ts` and `src/data/stalking-law.ts`;
 * both are overridable per key through the element's `strings` property or attribute.
 * `{name}` placeholders are filled by `format()`.
 */
export const en = {
  heading: 'Is it stalking? Think FOUR',
  intro: 'Police use the word FOUR to spot stalking. Stalking is behaviour that is:',
  /** Compact layout: the four placeholders become buttons that open each word's meaning. */
  sentence: 'Stalking is behaviour that is {fixated}, {obsessive}, {unwanted} and {repeated}.',
  examples: 'For example:',
  vsHeading: 'Stalking or harassment?',
  /** `{where}` is one of the `in.<nation>` phrases below. */
  lawHeading: 'What the law says {where}',
  lawIntro: 'The law is different in each part of the UK.',
  /** Until a person has checked every source live: no date is claimed. */
  lawChecked: 'These pages say what is shown here. Laws change, so check them for the latest.',
  lawLiveChecked: 'Checked on these pages on {date}. Laws change, so check them for the latest.',
  lawSources: 'Sources',
  // The nation with its "in": Welsh mutates a name after "yn" ("yng Nghymru", "yn yr Alban").
  'in.england-wales': 'in England and Wales',
  'in.scotland': 'in Scotland',
  'in.northern-ireland': 'in Northern Ireland',
  typesHeading: 'Types of stalker',
  typesIntro: 'Researchers describe five common types. You do not need to work out which one it is.',
  typesSource: 'Source',
  typesCitation: 'Mullen and others, American Journal of Psychiatry, 1999',
  todoHeading: 'What you can do',
  danger: 'If you are in danger now, call {number}.',
  report: 'To report it to the police when it is not an emergency, call {number}.',
  /** Scotland only (REPORT_ONLINE in data/four.ts). */
  reportOnline: 'You can also report stalking online: see {link}.',
  reportOnlineLink: 'Police Scotland’s stalking page',
  helpline: 'Talk it through with the {name}: call {number}.',
  /** Other stalking services of the reader's nation (Scotland: Victim Support Scotland). */
  helplineOther: 'Talk it through with {name}: call {number}.',
  free: 'Free to call.',
  website: 'Visit their website',
  checkHeading: 'Does this sound familiar?',
  checkIntro: 'Tick anything that has happened to you.',
  privacy:
    'Nothing you tick is saved or sent anywhere. It is cleared when you leave this page or press “Clear my answers”.',
  resultNone: 'Tick anything above to see which of the FOUR signs it shows.',
  resultSome: 'What you describe has some signs of stalking or harassment: {words}.',
  resultAll: 'What you describe has signs of stalking: it is {words}.',
  /** `{name}` and `{number}` come from the helpline data (National Stalking Helpline). */
  resultCalm:
    'This is not a judgement, and you do not have to be sure. You can talk it through with the {name} on {number}, or see what you can do below.',
  /** A signpost to a service with no confirmed number: its website. */
  helplineWeb: 'Get advice and support from {name}: {link}.',
  matched: 'shown in your answers',
  notMatched: 'not in your answers',
  clear: 'Clear my answers',
  cleared: 'Your answers have been cleared.',
};

export type FourStringKey = keyof typeof en;

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const translations: Translations = {
  cy: () => import('./four-explainer.strings.cy.js'),
};
