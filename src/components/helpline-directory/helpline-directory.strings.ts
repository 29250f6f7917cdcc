import type { Translations } from '../../internal/strings.js';

/**
 * Every string `<safety-helpline-directory>` shows. Override any of them with the `strings` property or
 * attribute (JSON); the main heading also with the `heading` attribute.
 * `lang="cy"` picks the Welsh table (`helpline-directory.strings.cy.ts`), loaded only when used.
 */
export const en = {
  heading: 'Helplines',
  callLog: "Calls to these numbers appear in your phone's call history.",
  emergencyHeading: 'In danger now: call 999',
  emergency: 'It is free.',
  emergencyMore: 'Other ways to contact the police',
  silentSolution:
    'If you cannot speak, call 999 from a mobile, then cough or tap. If you can make no sound, press 55 when the recording asks; if 55 is not pressed, the call is ended. Pressing 55 does not itself tell the police where you are, but most smartphones send their location automatically with any 999 call, and a call from a landline gives the address.',
  relayUk:
    'If you are deaf, hard of hearing or speech-impaired and use a textphone or the Relay UK app, you can reach the emergency services by text relay on 18000. It is free.',
  relayUkNumber: 'Relay UK: 18000 (from a textphone or the Relay UK app)',
  relayUkLink: 'About the Relay UK app',
  relayUkOther: 'For any other number here, dial {prefix} and then the number.',
  emergencySms:
    'emergencySMS is for people who are deaf, hard of hearing or speech-impaired. Register your mobile first by texting "register" to 999 and replying "yes"; then in an emergency you can text 999. A text takes longer than a call: call 999 if you can. A reply usually comes in about 2 minutes; if none comes within 3 minutes, text again. It works from UK mobiles, not from abroad; register again if you change your number.',
  emergencySmsLink: 'Text "register" to 999',
  nonEmergency: 'For the police when it is not an emergency, call 101.',
  call: 'Call {number}',
  text: 'Text {number}',
  textKeyword: 'Text {keyword} to {number}',
  email: 'Email {email}',
  website: '{name} website',
  webchat: 'Webchat with {name}',
  runBy: 'Run by {operator}',
  free: 'Free to call',
  hiddenFromBill: 'Not shown on phone bills',
  noPhone: 'No phone number: contact them online.',
  childline: 'Under {age}? Childline is free for children and young people:',
  chatStatus: 'Webchat: {status}',
  interpreters: 'Interpreters available.',
  covers: 'Covers: {nations}',
  nations: 'England,Wales,Scotland,Northern Ireland',
  always: 'Open 24 hours, every day',
  openUntil: 'Open now, until {time}',
  closed: 'Closed now',
  closedOpens: 'Closed now, opens {day} at {time}',
  today: 'today',
  tomorrow: 'tomorrow',
  hoursUnknown: 'Check opening hours on their website.',
  bankHoliday: 'Today is a bank holiday: check opening hours on their website.',
  hoursHeading: 'Opening hours (UK time)',
  hoursHeadingAsOf: 'Opening hours in {date} (UK time)',
  hoursDated: 'Opening hours last seen in {date}: check their website for current hours.',
  dayClosed: 'closed',
  bankHolidaysClosed: 'Closed on bank holidays.',
  chatHours: 'Webchat: {hours}',
  range: '{open} to {close}',
  /** Shown only from a live check by a person (`liveCheckedOn`). */
  liveChecked: 'Checked on {date}',
  /** Until a live check: the source and its own date, where known. */
  sourceWithDate: 'Source: {source}, {date}',
  sourceOnly: 'Source: {source}',
  /** Under a service's opening hours until a live check. */
  checkCurrentHours: "Check the service's own website for current hours.",
  sourcesHeading: 'Where this information comes from',
  sourcesIntro:
    'For each service listed above: the nations it covers, where they say so, and the page its details come from.',
  searchLabel: 'Search helplines',
  filterLegend: 'Show',
  filterToggle: 'Filter: {category}',
  all: 'All services',
  'category-stalking': 'Stalking',
  'category-domestic-abuse': 'Domestic abuse',
  'category-victims': 'Victims of crime',
  'category-lgbt': 'LGBT+',
  'category-men': 'Men',
  'category-honour-based-abuse': 'Honour-based abuse',
  'category-sexual-violence': 'Sexual violence',
  'category-emotional-support': 'Emotional support',
  'category-legal-help': 'Legal help',
  'category-report-crime': 'Report a crime',
  'category-children': 'Children and young people',
  count: 'Showing {shown} of {total} services',
  /** The count while only the first cards of the matches are listed ("Show more services" lists the next). */
  countFirst: 'Showing the first {listed} of {shown} services',
  empty: 'No services match “{query}”.',
  emptyFilter: 'No services match this filter.',
  clear: 'Clear search',
  showMore: 'Show more services ({count} not shown yet)',
  emptyNational: 'You can still call these national helplines:',
  partial: 'No service matches all your words: showing services that match some of them.',
  policeMatches: 'Ways to contact the police',
  keyHeading: 'Call a helpline',
  /** Before a key line's name when the service covers only England or only Wales (as Clare's Law's list). */
  inEngland: 'In England: ',
  inWales: 'In Wales: ',
  /** Who a key line is for, after its name (keys `who.<helpline id>`; reference section 7). */
  'who.national-domestic-abuse-helpline': '(for women, and for family and friends calling for them)',
  'who.mens-advice-line': '(for men)',
  /** Over the search, the filter and every service: what a screen reader's list of headings jumps to. */
  listHeading: 'All services',
};

export type Strings = typeof en;

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const translations: Translations = {
  cy: () => import('./helpline-directory.strings.cy.js'),
};
export type StringKey = keyof Strings;
