import type { Nation } from '../internal/nation.js';

/**
 * Facts shown by `<safety-online-safety>` ("cover your tracks"), each with the page that says it
 * (`source`) and the day it was checked against the reference file (`verifiedOn`), from
 * `uk-support-facts.md` section 8 and the GOV.UK "Exit a page quickly" pattern.
 *
 * Browsers change their menus often, so this ships what is stable (names of private modes, the few
 * keyboard shortcuts a stored page confirms, warnings) and links the browser maker's own help page for
 * the steps. A help-page URL ships only if it was found in a dated stored copy: `sourceNote` says where.
 *
 * Left out as unconfirmed (reference section 8): the Chrome, Edge and Firefox desktop keyboard shortcuts
 * (Ctrl+Shift+N, Ctrl+Shift+P, Ctrl+H, ...), which no stored page from the browser makers confirmed;
 * the menu steps for private browsing on Safari (iPhone), Samsung Internet and Chrome (Android), which the
 * reference has only from restore-wa.org.uk, with no stored copy and no date ("Any browser help-page URL or
 * menu path must be found and recorded (with the date of the stored copy) before it ships");
 * a Samsung help page and an Apple page for private browsing on iPhone (none found in a stored copy); and the
 * help pages for private browsing in Chrome (desktop and Android), Edge, Firefox and Safari on a Mac, and for
 * history in Edge and Safari on iPhone, whose addresses were found only cited in stored files with no date:
 * section 8 asks for the date of the stored copy before a help-page address ships.
 */

export interface Evidence {
  /** A page that says it (not a home page where a better page is known). */
  source: string;
  /** ISO date the fact was checked against the reference file (stored copies, not the live page). */
  verifiedOn: string;
  /** Where the fact was found when that is not the source page itself, or why the source is a home page. */
  sourceNote?: string;
}

/** The browser maker's own help page for a task. */
export interface HelpLink extends Evidence {
  url: string;
  /** The browser maker, as the link text names it ("Google", "Microsoft"...). */
  owner: string;
}

export const BROWSER_IDS = [
  'chrome',
  'edge',
  'firefox',
  'safari-mac',
  'safari-iphone',
  'samsung',
  'chrome-android',
] as const;
export type BrowserId = (typeof BROWSER_IDS)[number];

export interface BrowserFacts {
  id: BrowserId;
  /** A desktop browser (keyboard shortcuts and closing a window apply). */
  desktop: boolean;
  /** The browser's own name for its private mode. */
  privateMode: { name: string } & Evidence;
  /** The keyboard shortcut that opens it. No menu steps: section 8 confirms no menu path. */
  openPrivate?: { keys: string } & Evidence;
  /** Keyboard shortcut for the history page. */
  historyKeys?: { keys: string } & Evidence;
  privateHelp?: HelpLink;
  historyHelp?: HelpLink;
}

const CHECKED = '2026-11-29';
const GOVUK_PATTERN = 'https://design-system.service.gov.uk/patterns/exit-a-page-quickly/';
const GOVUK_NOTE =
  'GOV.UK Design System safety content example (stored copy: alphagov/govuk-design-system src/patterns/exit-a-page-quickly/safety-content-example, snapshot of 2026-08-06, file last changed 2025-07-28)';
const VWI = 'https://www.victimandwitnessinformation.org.uk/online-safety';
const RESTORE = 'https://www.restore-wa.org.uk/';
const RESTORE_NOTE =
  'home page: reference section 8 cites restore-wa.org.uk without a page path, and no stored copy of its online-safety page was found; re-read on the live site before a release';
const ASSISTNI = 'https://assistni.org.uk/safe-browsing/';
const ASSISTNI_NOTE =
  'reference section 8; the page\'s own sentence: "a three-key combination of Command-Shift-N" (stored copy)';

/** Names and the few confirmed shortcuts; help pages where a dated stored copy has the URL. */
export const BROWSERS: Record<BrowserId, BrowserFacts> = {
  chrome: {
    id: 'chrome',
    desktop: true,
    privateMode: { name: 'Incognito', source: VWI, verifiedOn: CHECKED },
    historyHelp: {
      owner: 'Google',
      url: 'https://support.google.com/chrome/answer/95589?hl=en&rd=1',
      source: GOVUK_PATTERN,
      verifiedOn: CHECKED,
      sourceNote: GOVUK_NOTE,
    },
  },
  edge: {
    id: 'edge',
    desktop: true,
    privateMode: { name: 'InPrivate', source: VWI, verifiedOn: CHECKED },
  },
  firefox: {
    id: 'firefox',
    desktop: true,
    privateMode: { name: 'Private Browsing', source: VWI, verifiedOn: CHECKED },
    historyHelp: {
      owner: 'Mozilla',
      url: 'https://support.mozilla.org/en-US/kb/delete-browsing-search-download-history-firefox',
      source: GOVUK_PATTERN,
      verifiedOn: CHECKED,
      sourceNote: GOVUK_NOTE,
    },
  },
  'safari-mac': {
    id: 'safari-mac',
    desktop: true,
    privateMode: { name: 'Private Window', source: VWI, verifiedOn: CHECKED },
    openPrivate: { keys: 'Cmd+Shift+N', source: ASSISTNI, verifiedOn: CHECKED, sourceNote: ASSISTNI_NOTE },
    historyKeys: {
      keys: 'Cmd+Y',
      source: VWI,
      verifiedOn: CHECKED,
      sourceNote: 'reference section 8 browser table (victimandwitnessinformation.org.uk, restore-wa.org.uk)',
    },
    historyHelp: {
      owner: 'Apple',
      url: 'https://support.apple.com/en-gb/guide/safari/sfri47acf5d6/mac',
      source: GOVUK_PATTERN,
      verifiedOn: CHECKED,
      sourceNote: GOVUK_NOTE,
    },
  },
  'safari-iphone': {
    id: 'safari-iphone',
    desktop: false,
    privateMode: { name: 'Private tab group', source: RESTORE, verifiedOn: CHECKED, sourceNote: RESTORE_NOTE },
  },
  samsung: {
    id: 'samsung',
    desktop: false,
    privateMode: { name: 'Secret mode', source: RESTORE, verifiedOn: CHECKED, sourceNote: RESTORE_NOTE },
  },
  'chrome-android': {
    id: 'chrome-android',
    desktop: false,
    privateMode: { name: 'Incognito', source: RESTORE, verifiedOn: CHECKED, sourceNote: RESTORE_NOTE },
    historyHelp: {
      owner: 'Google',
      url: 'https://support.google.com/chrome/answer/95589?hl=en&rd=1',
      source: GOVUK_PATTERN,
      verifiedOn: CHECKED,
      sourceNote: GOVUK_NOTE,
    },
  },
};

/** Closing a window fast (desktop). */
export const CLOSE_WINDOW = {
  keys: 'Ctrl+W',
  macKeys: 'Cmd+W',
  altKeys: 'Alt+F4',
  source: 'https://www.citizensadvice.org.uk/',
  verifiedOn: CHECKED,
  sourceNote:
    'home page: reference section 8 cites citizensadvice.org.uk and Cambridge Rape Crisis without page paths, and no stored copy of either page was found; re-read on the live site before a release',
} as const satisfies Evidence & Record<string, string>;

/** What a quick exit does and does not do (the GOV.UK interruption content). */
export const QUICK_EXIT_FACTS = {
  /** It hides and leaves the page; Shift 3 times does the same (the element's own behaviour, and the GOV.UK pattern). */
  leaves: { source: GOVUK_PATTERN, verifiedOn: CHECKED },
  /** It does not erase browsing history, cookies or downloads. */
  keepsHistory: { source: VWI, verifiedOn: CHECKED, sourceNote: 'also the GOV.UK "Exit a page quickly" pattern' },
  /** To come back, search for the site or find it in the browsing history. */
  findAgain: { source: GOVUK_PATTERN, verifiedOn: CHECKED },
} satisfies Record<string, Evidence>;

/** The warnings every source gives, in the order shown. */
export const WARNING_IDS = ['suspicious', 'passwords', 'sync', 'spyware', 'safeDevice'] as const;
export type WarningId = (typeof WARNING_IDS)[number];
export const WARNINGS: Record<WarningId, Evidence> = {
  suspicious: {
    source: GOVUK_PATTERN,
    verifiedOn: CHECKED,
    sourceNote: `${GOVUK_NOTE}: "clearing your history could make someone more suspicious"; also restore-wa.org.uk`,
  },
  passwords: {
    source: GOVUK_PATTERN,
    verifiedOn: CHECKED,
    sourceNote: `${GOVUK_NOTE}; also victimandwitnessinformation.org.uk`,
  },
  sync: { source: 'https://www.shaktiedinburgh.co.uk/cover-your-tracks/', verifiedOn: CHECKED },
  spyware: { source: 'https://www.womensaidni.org/get-help/stay-safe-online/', verifiedOn: CHECKED },
  safeDevice: { source: VWI, verifiedOn: CHECKED },
};

export interface Signpost extends Evidence {
  id: string;
  url: string;
}

/** Further help, linked from the GOV.UK pattern (England and Wales) or a nation's own charity. */
export const SIGNPOSTS: Record<string, Signpost> = {
  refuge: {
    id: 'refuge',
    url: 'https://refugetechsafety.org/secure-your-tech/',
    source: GOVUK_PATTERN,
    verifiedOn: CHECKED,
    sourceNote: 'linked from the GOV.UK pattern as "Refuge: Secure your tech"',
  },
  womensAid: {
    id: 'womensAid',
    url: 'https://www.womensaid.org.uk/information-support/what-is-domestic-abuse/cover-your-tracks-online/',
    source: GOVUK_PATTERN,
    verifiedOn: CHECKED,
    sourceNote:
      'linked from the GOV.UK pattern as "Women\'s Aid: Cover your tracks online"; the page\'s own text is UNCONFIRMED (reference section 5), so only the link ships',
  },
  shakti: {
    id: 'shakti',
    url: 'https://www.shaktiedinburgh.co.uk/cover-your-tracks/',
    source: 'https://www.shaktiedinburgh.co.uk/cover-your-tracks/',
    verifiedOn: CHECKED,
  },
  womensAidNi: {
    id: 'womensAidNi',
    url: 'https://www.womensaidni.org/get-help/stay-safe-online/',
    source: 'https://www.womensaidni.org/get-help/stay-safe-online/',
    verifiedOn: CHECKED,
  },
};

/** Which further-help links each nation sees, its own first; never an England-only service as another nation's. */
export const SIGNPOSTS_BY_NATION: Record<Nation, readonly string[]> = {
  'england-wales': ['refuge', 'womensAid'],
  england: ['refuge', 'womensAid'],
  wales: ['refuge', 'womensAid'],
  scotland: ['shakti', 'refuge'],
  'northern-ireland': ['womensAidNi', 'refuge'],
};

/** Every piece of evidence in this module, named, for tests and the sources list. */
export function onlineSafetyEvidence(): [string, Evidence][] {
  const out: [string, Evidence][] = [];
  for (const b of Object.values(BROWSERS)) {
    out.push([`${b.id}.privateMode`, b.privateMode]);
    if (b.openPrivate) out.push([`${b.id}.openPrivate`, b.openPrivate]);
    if (b.historyKeys) out.push([`${b.id}.historyKeys`, b.historyKeys]);
    if (b.privateHelp) out.push([`${b.id}.privateHelp`, b.privateHelp]);
    if (b.historyHelp) out.push([`${b.id}.historyHelp`, b.historyHelp]);
  }
  out.push(['closeWindow', CLOSE_WINDOW]);
  for (const [k, v] of Object.entries(QUICK_EXIT_FACTS)) out.push([`quickExit.${k}`, v]);
  for (const [k, v] of Object.entries(WARNINGS)) out.push([`warning.${k}`, v]);
  for (const [k, v] of Object.entries(SIGNPOSTS)) out.push([`signpost.${k}`, v]);
  return out;
}
