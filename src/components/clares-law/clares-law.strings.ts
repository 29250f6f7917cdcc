import type { Translations } from '../../internal/strings.js';

/**
 * Every sentence `<safety-clares-law>` shows, in one table per language (`lang` on the element or an
 * ancestor picks it; English fills any key a translation lacks). The facts inside the sentences (names,
 * dates, days, ages, numbers) come from `src/data/disclosure-schemes.ts` and `src/data/helplines.ts`
 * through `{placeholders}`, so a translation never copies a fact.
 *
 * A key can have variants, looked up most specific first:
 * `key.<nation>.<path>`, `key.<path>`, `key.<nation>`, `key`
 * where nation is `england-wales` | `scotland` | `northern-ireland` and path is `partner` (asking about
 * your own partner or ex-partner) or `other` (asking about someone else's partner). An empty string
 * hides that sentence for that variant.
 *
 * Sites override single strings with the `strings` property or attribute (JSON), e.g.
 * `strings='{"heading": "Clare&#39;s Law"}'`.
 */
export const en = {
  heading: "Asking the police about a partner's past",
  // The reader's action first; the scheme's name after it; the law behind it in "Where this information comes from".
  'intro.england-wales':
    "You can ask the police if a partner or ex-partner has a history of violent or abusive behaviour. This is the {name} ({abbr}), often called Clare's Law. Every police force in England and Wales has run it since {since}.",
  'intro.scotland':
    "You can ask the police about a partner's past. This is the {name} ({abbr}). It has run across Scotland since {since}.",
  'intro.northern-ireland':
    "You can ask the police about a partner's past. This is the {name} ({abbr}). The Police Service of Northern Ireland (PSNI) has run it since {since}.",
  'statutory.england-wales':
    "Since {date}, every police force must have regard to the Home Office's statutory guidance for the scheme (section 77 of the Domestic Abuse Act 2021).",
  emergency: 'In an emergency, call {phone}.',

  question: 'Who are you asking about?',
  askPartner: 'My partner or ex-partner',
  'askPartner.scotland': 'My partner',
  'askPartner.northern-ireland': 'My partner',
  askOther: "A family member's or friend's partner",
  'status.partner': 'The steps below now describe asking about your own partner.',
  'status.other': "The steps below now describe asking about someone else's partner.",

  sectionWho: 'Who can ask',
  sectionHow: 'How to ask',
  sectionSteps: 'What happens',
  sectionTold: 'Who is told, and what',

  'rightToAsk.england-wales':
    'Right to Ask: you can ask about your own partner or ex-partner. A family member, friend or neighbour can also ask about the partner or ex-partner of someone they are worried about.',
  'rightToAsk.england-wales.partner': 'Right to Ask: you can ask about your partner or ex-partner.',
  'rightToAsk.england-wales.other':
    'Right to Ask: as a family member, friend or neighbour, you can ask about the partner or ex-partner of someone you are worried about.',
  'rightToAsk.scotland':
    'Right to Ask: you can ask about your partner. Family, friends, colleagues or neighbours can also ask about the partner of someone they are worried about.',
  'rightToAsk.scotland.partner': 'Right to Ask: you can ask about your partner.',
  'rightToAsk.scotland.other':
    'Right to Ask: as a family member, friend, colleague or neighbour, you can ask about the partner of someone you are worried about.',
  'rightToAsk.northern-ireland':
    'Right to Ask: you can ask about your partner. Someone who knows the person at risk and is worried about them can also apply.',
  'rightToAsk.northern-ireland.partner': 'Right to Ask: you can ask about your partner.',
  'rightToAsk.northern-ireland.other':
    'Right to Ask: if you know someone and are worried about their partner, you can apply.',
  'right-to-know':
    'Right to Know: the police can also decide for themselves to tell someone, when information suggests they are at risk.',
  'power-to-tell': 'Power to Tell: professionals can also ask for a disclosure to be made.',
  'power-to-tell.northern-ireland':
    'Power to Tell: the police can also tell someone themselves if information they receive suggests that person could be at risk.',
  'eligibility.northern-ireland':
    'You must be {age} or over to apply, and the person at risk must live in Northern Ireland.',

  'route.phone-101': 'Call {phone}, the police non-emergency number',
  'route.police-station': 'Go to a police station',
  'route.officer': 'Speak to any police officer',
  'route.officer.scotland': 'Speak to a police officer',
  'route.force-online-form': "Use your police force's online form, if it has one",
  'route.force-online-form.linked': 'Use the online form: {link}',
  'route.national-online-form': 'Apply online on the {link} website',
  /** Scotland: the link goes to Police Scotland's domestic abuse page, which links to the form (the form's own address is not confirmed). */
  'route.national-online-form.scotland': 'Apply online with the Right to Ask form, which is linked from {link}',
  'formPage.scotland': "Police Scotland's domestic abuse advice page",

  applyHeading: 'Make an application',
  // Whole sentences with and without `force-name` ({police}), not "the police" put into {police}: a language
  // joins its word for "to" with "the" or "your" (Welsh "i'r heddlu", "i'ch heddlu"), never with a name.
  applyLabel: 'Apply online to your police force',
  /** With `force-name`. */
  applyLabelNamed: 'Apply online to {police}',
  /** A site's own `apply-label` with its `force-name`: the force is always named in the call to action. */
  applyLabelForce: '{label} ({police})',
  apply:
    'Call {phone} and ask the police about the {name}. You can also go to a police station or speak to any police officer.',
  /** With `force-name` and no local form. */
  applyForce:
    'Call {phone} and ask {police} about the {name}. You can also go to a police station or speak to any police officer.',
  applyNational: 'Apply online on the {owner} website',
  'applyNational.scotland': "Find the Right to Ask form on Police Scotland's domestic abuse advice page",
  applyAlso: 'Or call {phone}.',
  /** With `force-name` and no local form. */
  applyAlsoForce: 'Or call {phone} and ask {police}.',
  'applyAlso.northern-ireland': 'To talk to the police, call {phone}.',

  'step.apply': 'You apply, in one of the ways above.',
  'step.safe-contact': 'The police agree a safe way to contact you.',
  'step.checks':
    'They run first checks and a risk assessment, not while you are there. If you describe a crime, they may investigate it.',
  'step.meeting': 'You may be asked to meet a specialist officer face to face and show proof of your identity.',
  'step.partner-agencies': 'The police check with partner agencies.',
  'step.panel':
    'Police and partner agencies decide together whether telling is lawful, necessary and proportionate, and whether there is a pressing need to tell.',
  // Reference section 2: "The person at risk, or whoever is best placed to protect them", "In person".
  'step.outcome':
    'If they decide to tell, the person at risk, or whoever is best placed to protect them, is told in person.',
  'step.outcome.partner': 'If they decide to tell, you, or whoever is best placed to protect you, are told in person.',
  'step.outcome.other':
    'If they decide to tell, the person at risk, or whoever is best placed to protect them, is told in person. You will usually not be told what was found.',
  'step.apply-online': 'You apply with the online form.',
  'step.meeting-photo-id':
    'If you are not in immediate danger but the police have a concern, they ask to meet you, and ask for photo ID.',
  'timescale.target': 'The current guidance sets a target of {days} days for this.',
  'timescale.within': 'Applications are processed within {days} days or sooner.',

  whoIsTold: 'If the police decide to tell, they tell the person at risk, or whoever is best placed to protect them.',
  'whoIsTold.partner': 'If the police decide to tell, they tell you, or whoever is best placed to protect you.',
  'whoIsTold.other':
    'If the police decide to tell, they tell the person at risk, or whoever is best placed to protect them. As the person who asked, you will usually not be told.',
  howTold:
    'They are told in person, with no written copy, and must keep it confidential. The police aim to keep who applied confidential, but cannot promise it.',
  'howTold.partner':
    'You are told in person and do not get a written copy. You must keep what you are told confidential.',
  whatMayBeShared:
    'What may be shared: convictions, cautions or reprimands for violent or abusive offences, or relevant police intelligence.',
  nothingShared:
    'Nothing is shared when there is no risk, when the police hold nothing, or when there is no pressing need to share it.',
  support: 'A safety plan is offered. Whatever the outcome, you can get support from the helplines below.',
  'support.other':
    'The person at risk is offered a safety plan. Whatever the outcome, you can get support from the helplines below.',

  worriedHeading: 'If you are worried right now',
  inWales: 'In Wales: ',
  inEngland: 'In England: ',
  /** Who a helpline is for, beside its name (keys `who.<helpline id>`). */
  'who.national-domestic-abuse-helpline': '(for women, and for family and friends calling for them)',
  'who.mens-advice-line': '(for men)',
  'who.childline': '(for children and young people up to 19)',
  open247: 'Open 24 hours, every day.',
  sourcesHeading: 'Where this information comes from',
  /** Until a person has checked every page live: no date is claimed. */
  sourcesNote: 'These pages say what is shown here. Details can change, so check with the police too.',
  sourcesLiveNote: 'Checked on these pages on {date}. Details can change, so check with the police too.',
};

export type ClaresLawStrings = typeof en;

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const translations: Translations = {
  cy: () => import('./clares-law.strings.cy.js'),
};
