import type { StringTable, Translations } from '../../internal/strings.js';

/**
 * Every sentence `<safety-online-safety>` shows, in one table per language (`lang` on the element or an
 * ancestor picks it; English fills any key a translation lacks). Facts inside the sentences (names of
 * private modes, keyboard shortcuts, the quick exit's destination) come from `src/data/online-safety.ts`
 * or the page through `{placeholders}`, so a translation never copies a fact.
 *
 * Sites override single strings with the `strings` property or attribute (JSON), e.g.
 * `strings='{"heading": "Cover your tracks"}'`; the `heading` attribute wins over `strings.heading`.
 */
export const en = {
  heading: 'Staying safe online',
  intro:
    'It can be easy for someone to see what you do online, especially on a device they use or have used. These steps make it harder.',

  // What the quick exit on this page does (shown only when there is one).
  quickExitHeading: 'What the “{label}” button does',
  quickExitLabel: 'Leave this site',
  quickExitLeaves: 'It hides this page at once and takes you to {destination}.',
  'quickExitShortcut.shift': 'Pressing Shift 3 times does the same.',
  'quickExitShortcut.escape': 'Pressing Escape twice does the same.',
  quickExitKeeps: 'It does not delete your browsing history, cookies or downloads: this site stays in your history.',
  quickExitReturn: 'To come back later, search for {site} or find it in your browsing history.',
  thisSite: 'this site',

  // The reader's browser.
  browserHeading: 'Your browser',
  detected: 'It looks like you are using {browser}.',
  inApp:
    'It looks like you opened this page inside the {app} app. The steps below are for browsers; choose the one you use.',
  notDetected: 'Choose your browser to see its steps.',
  chooseLabel: 'Choose another browser or device',
  general: 'Any browser (general advice)',
  'browser.chrome': 'Chrome',
  'browser.edge': 'Microsoft Edge',
  'browser.firefox': 'Firefox',
  'browser.safari-mac': 'Safari on Mac',
  'browser.safari-iphone': 'Safari on iPhone',
  'browser.samsung': 'Samsung Internet',
  'browser.chrome-android': 'Chrome on Android or iPhone',
  'app.facebook': 'Facebook',
  'app.instagram': 'Instagram',

  privateHeading: 'Browse privately in {browser}',
  privateName: 'Its private mode is called {mode}.',
  privateKeys: 'To open a private window, press {keys}.',
  privateHelp: 'Steps from {owner}: {link}',
  privateHelpLink: 'browse privately in {browser}',
  historyHeading: 'Remove this site from your history in {browser}',
  historyKeys: 'To open your history, press {keys}.',
  historyOnly: 'Remove only the pages you want to keep private, and leave the rest.',
  historyHelp: 'Steps from {owner}: {link}',
  historyHelpLink: 'delete history in {browser}',
  historyNoHelp: 'Look for History in the browser’s menu.',
  closeWindow: 'To close a window quickly, press {keys} ({mac} on a Mac) or {alt}.',
  generalPrivate:
    'Most browsers have a private mode: {modes}. It stops the browser keeping a history of the pages you visit in that window.',
  generalHistory:
    'To remove this site from your history, open the browser’s history and delete only the pages you want to keep private.',

  // The warnings every source gives.
  warningsHeading: 'Things to know',
  'warning.suspicious':
    'Clearing all of your history can itself look suspicious. Remove only the sites you want to keep private.',
  'warning.passwords': 'Deleting cookies also deletes saved passwords for your online accounts.',
  'warning.sync':
    'If you are signed in to your browser, your history and searches can sync to your other devices: a search on your phone might come up on a home computer. On a safe device, do not sign in to your own accounts.',
  'warning.spyware':
    'Spyware, stalkerware and trackers can watch a device whatever the browser does, and location services can give away where you are.',
  'warning.safeDevice':
    'The safest device is one the other person has never had access to, such as one at a library, a friend’s or a work device.',
  moreHelp: 'More help with technology and safety:',
  'signpost.refuge': 'Refuge: secure your tech',
  'signpost.womensAid': 'Women’s Aid: cover your tracks online',
  'signpost.shakti': 'Shakti Women’s Aid: cover your tracks',
  'signpost.womensAidNi': 'Women’s Aid Federation Northern Ireland: stay safe online',

  sourcesHeading: 'Where this information comes from',
  sourcesNote:
    'These pages say what is shown here. Browsers change their menus: their own help pages have the current steps.',
};

export type OnlineSafetyStrings = StringTable<keyof typeof en>;

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const translations: Translations = {
  cy: () => import('./online-safety.strings.cy.js'),
};
