// npm run size: gzip and brotli bytes of every CDN file, as a browser downloads it, against DESIGN.md's
// budgets (issue 18). Every figure is printed against its DESIGN budget. It fails (exit 1) when a file has no
// budget, or when any file grows past its ceiling: the ceiling of a file that misses its DESIGN budget today is
// what it weighs now plus a small margin, so the miss is printed on every run and cannot grow unnoticed.
//
// What each figure counts (static imports followed; dynamic imports are listed apart, "on demand"):
// - safety-quick-exit.js: the file and everything it imports (it is self-contained).
// - safety-elements.js: the quick exit and the loader, with everything they import.
// - safety-<element>.js: what the element adds on a page that has the loader: its file and every chunk
//   it imports, less the files safety-elements.js already loaded. (A page that names the element's file
//   alone also loads safety-elements.js, which that file imports.)
// - safety-elements.iife.js: the classic file, complete in one file; safety-quick-exit.iife.js: the quick exit's own.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, normalize, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1024;
const LOADER = 'safety-elements.js';

// DESIGN.md "Build outputs" and issue 18. A new element: one line here.
// `ceiling` (only where the budget is missed today, each miss reported in the issues' closing notes):
// content splitting (helpline entries per element, law and schemes on demand) is the open work that
// brings these files back under budget; until then a ceiling stops them growing.
// The one disclosure (issues 15/17) raised four ceilings by 0.5 KB (online safety 1.5 KB): the shared
// chunks (disclosure, prose styles, intl) are counted in full for each element, with their gzip overhead,
// though a page with two content elements loads them once; the classic file, every element, got smaller.
// Ceilings lowered to about 0.25 KB over today's sizes (issue 18, eighth session): the debug panel loads on
// demand and headings no longer use Lit's static html (together -0.6 to -0.8 KB gzip per content element).
const BUDGETS = {
  // Quick exit and loader: +0.8 KB gzip each for issue 19's language mechanism (LangController: `lang` on the
  // element or an ancestor, a watch on `lang` changes, loading a translation on demand), which the quick
  // exit needs to show Welsh; the Welsh text itself is an on-demand chunk (no weight on an English page).
  // Issue 13 (+0.14 KB, 10.69 to 10.83): the referrer <meta> placed at arm time, the same-document entry
  // count kept by the Navigation API's currententrychange, and V8's compile hint: the first exit's
  // navigation starts about 2 ms sooner at 4x CPU (bench/results.md). The classic file carries the same
  // code, without the hint (+0.14 KB, 74.18 to 74.32).
  // Issue 13 again (+0.12 KB, 10.83 to 10.95; loader 11.92 to 12.03; classic 74.32 to 74.45): Safari without
  // the Navigation API gave up the entry count on a skip link's popstate, and Back showed the page; a same-page
  // link's new entry is now told apart from a traversal (leave.ts, watchTraversals), proved end to end in WebKit.
  // Issue 18, tenth session (+0.30 KB, 10.96 to 11.26; loader 11.97 to 12.30; classic 73.9 to 74.27): a tap on
  // the quick exit where a host's modal <dialog> or `inert` attribute makes it unreachable still leaves
  // (taps.ts). Field finding: a cookie banner opened with showModal() left the button untappable.
  // Issue 18, eleventh session (+0.40 KB, 11.26 to 11.66; loader 12.30 to 12.71; classic 74.27 to 74.68; the
  // quick exit's classic file 11.98 to 12.39): a sticky bar inside a host box that clips (`overflow: hidden` on a
  // page wrapper, `overflow-x: hidden` on <body> and <html>) scrolled away with the page in every engine; it now
  // pins itself (clipped.ts). Field finding: both are common in CMS themes.
  // Issue 18, twelfth session (+0.36 KB, 11.68 to 12.04; loader 12.74 to 13.09; classic 74.73 to 75.10; the
  // quick exit's classic file 12.41 to 12.77), six field findings and one gap: a host's Navigation API guard (a
  // `navigate` listener calling preventDefault) cancelled the exit's location.replace in Chromium and Firefox,
  // leaving the reader on a hidden page (leave.ts); a host's capture listener on `document` that stops or cancels
  // clicks made a tap on the quick exit do nothing, and a script that cancels Enter everywhere did the same to
  // Enter (taps.ts now takes the button's clicks, Enter and Space at `window`); `body { pointer-events: none }`
  // (UI kits' open menus) let a tap pass through the button (pointer-events: auto on it); a clipping wrapper with
  // `transform` or `will-change` took the pinned bar away with it (pinned in the top layer now); the hidden
  // page's sound (a video, a "Listen" reading) went on while the next page loaded (leave.ts, silence); and the
  // host box's nowrap, centring, capitals or right-to-left direction reached into every element (a11y-styles.ts).
  // Issue 18, fourteenth session (loader 13.09 to 13.15, classic 75.31 to 75.34): the checklist forgets unkept
  // ticks on pagehide, as the FOUR check did (Back showed them from the back-forward cache); the one listener
  // helper (onPageLeave) sits in events.ts, which the loader's file holds (a chunk of its own cost each element
  // 0.27 KB).
  // Seventeenth session (+0.25 KB, 12.15 to 12.40; loader 13.35 to 13.62; the quick exit's classic file 12.90
  // to 13.12; classic 75.34 to 75.69 with online safety's below), from a parity audit against GOV.UK's Exit this
  // page and the field walk: the exit announced (the cover's text in a role=alert), one copy speaks the progress,
  // Enter and Space open no new tab, a second press does not restart the navigation, the cover kept on Back from
  // the cache, a child link without rel=noreferrer warns, storage cleared in the exit's task,
  // and "expired" said a task after another key ends a count, then taken away.
  'safety-quick-exit.js': { gzip: 8 * KB, ceiling: 12.45 * KB, what: 'quick exit alone, Lit included' },
  // Fifteenth session (loader 13.15 to 13.23; quick exit 12.04 to 12.11, its classic file 12.77 to 12.84, both
  // under their ceilings): the hint read once and not on touch screens (matchMedia), a misspelt strings key
  // warned by every element (warnUnknownKeys, in strings.ts, which the loader holds), history="Visit" read as
  // every fixed value is.
  // Sixteenth session (13.26 to 13.35): one reader of a site's JSON <script> child (json-attribute.ts, with the
  // attribute readers the loader holds; a chunk of its own cost the checklist and directory 0.25 KB each), one
  // merge of every element's strings (LangController.merged), and forgetOnPageLeave (events.ts).
  // Seventeenth session: the quick exit's fixes (above), 13.35 to 13.62.
  'safety-elements.js': { gzip: 10 * KB, ceiling: 13.65 * KB, what: 'quick exit + loader, Lit included' },
  // Issue 16's redesign (key lines, search with stems and synonyms, police matches, empty state, sources
  // disclosure, slices) took it from 18.38 to 22.32 KB gzip; the ceiling follows (the budget miss is reported).
  // Issue 18's key lines (the entries other elements show, in their own chunk) cost it +0.36 KB: its list is
  // now two files, compressed apart.
  // Issue 18, thirteenth session (+0.13 KB, 22.77 to 22.90; classic 75.10 to 75.25): the first render leaves a
  // long list's cards to the next task (first render 80 to 56 ms, longest task 101 to 75 ms at 4x CPU). Then
  // +0.06 KB (to 22.96; classic to 75.31): it collapsed to 0 px in a host's flex row, float or layout table.
  // Fourteenth session, from an audit of the content against the reference: +0.04 KB for the BSL hours' date,
  // then +0.05 KB (to 23.04; checklist 16.13, Clare's Law 16.84, FOUR 15.24, all through the shared key lines'
  // chunk) for the Men's Advice Line listed beside the National Domestic Abuse Helpline (section 7), then
  // +0.08 KB (to 23.12) for Relay UK's 18001 before any other number (section 1), in its text and its search.
  // Fifteenth session, from a screen-reader audit and an API audit (+0.25 KB, 23.13 to 23.38): "All services"
  // heads the search and the list; the count is announced once typing pauses, with the empty state's
  // message; a refused src fires safety-load; a misspelt strings key warns.
  // Sixteenth session: Lit's decorators give way to src/internal/decorators.ts (the legacy path only): -0.28 KB
  // in every content element, after +0.1 KB for one shared webLink, siteName and shortAddress in the shared chunk
  // and the reader's search and filter forgotten on pagehide. Every content element's ceiling comes down.
  // Content audit of 2026-12-07 (+0.40 KB, 23.19 to 23.59): the key lines' "In England: … (for women…)" and
  // "(for men)" labels and the Men's Advice Line beside the National Domestic Abuse Helpline (reference section 7),
  // from one helper shared with Clare's Law (internal/helpline-label.ts, a small chunk of its own: about 0.15 KB of
  // it is that chunk's compression overhead); NCDV left out outside its inferred coverage; Scotland's ordering.
  'safety-helpline-directory.js': { gzip: 12 * KB, ceiling: 23.65 * KB, what: 'content element, beyond the loader' },
  // Issue 18: the checklist, FOUR and Clare's Law import the key lines, not the whole helpline list (-0.8 KB each).
  // Then FOUR's `law` and `types` sections and its check mode (code and text) load only when turned on (-2.7 KB).
  // Fifteenth session (+0.06 KB, 15.25 to 15.31; classic 75.40 to 75.43): "The person can be an ex-partner, someone
  // you know, or a stranger" cites the page that says it (a Secured by Design address of its own), not a home
  // page the reference cites for other advice.
  // Then (+0.2 KB, to 15.51): a region named by its heading, as every content element; the English glosses
  // marked lang="en" in Welsh; a misspelt strings key warns.
  // Content audit of 2026-12-07 (+0.14 KB, 15.30 to 15.44): Scotland's and Northern Ireland's own stalking
  // paragraph (reference section 2; vsFor), and the key lines' nation rules (shared chunk).
  'safety-four-explainer.js': { gzip: 12 * KB, ceiling: 15.5 * KB, what: 'content element, beyond the loader' },
  // Fourteenth session: unkept ticks forgotten on pagehide and static HTML without what needs the script
  // (+0.06 KB, 16.02 to 16.08), then the Men's Advice Line's place (above, +0.05 KB).
  // Fifteenth session (+0.04 KB, to 16.18): each group's boxes a named group; a misspelt strings key warns.
  // Content audit of 2026-12-07 (+0.04 KB, 16.03 to 16.07): the key lines' nation rules (shared chunk).
  'safety-checklist.js': { gzip: 12 * KB, ceiling: 16.1 * KB, what: 'content element, beyond the loader' },
  // Fifteenth session (+0.1 KB, 16.85 to 16.95): a misspelt strings key warns (a key may name a variant).
  // Sixteenth session: the reader's answer forgotten on pagehide, and a site's later asking-about kept through it
  // (16.84 to 16.91; above, the decorators).
  // Content audit of 2026-12-07 (+0.27 KB, 16.91 to 17.18): "or whoever is best placed to protect them" (reference
  // section 2); whole Welsh-ready sentences with and without force-name (applyForce, applyLabelNamed); the shared
  // name-label helper's chunk (above, directory) and the key lines' nation rules.
  'safety-clares-law.js': { gzip: 12 * KB, ceiling: 17.25 * KB, what: 'content element, beyond the loader' },
  'safety-online-safety.js': {
    gzip: 12 * KB,
    // Content audit of 2026-12-07: the unconfirmed mobile menu steps removed (12.48 to 12.37); ceiling 12.5 to 12.4.
    // Then the field walk: English link titles and private modes' names marked lang="en" on a Welsh page (+0.05 KB,
    // to 12.42).
    ceiling: 12.45 * KB,
    own: 8 * KB,
    what: 'content element, beyond the loader',
  },
  // The classic file cannot load chunks (and must work from file://), so it carries every element's Welsh
  // table inline: +14 KB gzip with issue 19 (the tables, the Welsh helpline and law text, the mechanism);
  // +4.6 KB with issue 16's directory. +1 KB with issue 18's on-demand parts (internal/on-demand.ts, the
  // parts' context objects and rollup's wrappers of the inlined imports): the classic file carries them all anyway.
  // The quick exit's own classic file (issue 18, ninth session): the quick exit as in safety-quick-exit.js, with
  // its Welsh table inline (0.5 KB) and the `data-quick-exit` insertion (0.5 KB); DESIGN's quick exit budget.
  // Seventeenth session: the quick exit's fixes (above, safety-quick-exit.js), 12.90 to 13.12.
  'safety-quick-exit.iife.js': { gzip: 8 * KB, ceiling: 13.15 * KB, what: 'quick exit alone, classic' },
  // The directory's held first render (thirteenth session, above): +0.15 KB. Fourteenth session (above): the
  // reference audit's content (online safety -0.4 KB, directory and key lines +0.2 KB) and the checklist's
  // pagehide: 75.31 to 75.33.
  // Fifteenth session: FOUR's re-sourced sentence (above), 75.38 to 75.43; then the audits' fixes in every
  // element (above), to 75.69.
  // Sixteenth session: the decorators (above), 75.60 to 75.17.
  // Content audit of 2026-12-07 (above, each element): 75.20 to 75.34. Then the quick exit's fixes and online
  // safety's lang="en" (above): to 75.69.
  'safety-elements.iife.js': { gzip: 34 * KB, ceiling: 75.75 * KB, what: 'classic file, every element, one file' },
};

if (!existsSync(CDN)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

const IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The file and every file it imports statically, transitively (what loads before it runs). */
function closure(file, seen = new Set()) {
  const path = normalize(file);
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const match of code.matchAll(IMPORT)) closure(join(dirname(path), match[1]), seen);
  return seen;
}

/** Files imported dynamically from a set of files (loaded only when a feature is used), with their static closures. */
function onDemand(files) {
  const out = new Set();
  for (const f of files) {
    for (const match of readFileSync(f, 'utf8').matchAll(DYNAMIC)) {
      for (const g of closure(join(dirname(f), match[1]))) if (!files.has(g)) out.add(g);
    }
  }
  return out;
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
const measure = (files) => {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gz += gzip(buf);
    br += brotli(buf);
  }
  return { raw, gz, br };
};
const name = (f) => relative(CDN, f);

const loaderFiles = existsSync(join(CDN, LOADER)) ? closure(join(CDN, LOADER)) : new Set();
const rows = [];
const notes = [];
let failed = false;
const missed = [];
const entries = readdirSync(CDN)
  .filter((f) => f.endsWith('.js'))
  .sort();
// A translation (`<name>.strings.<lang>`, `<data>.<lang>`, `calendar.<lang>` chunks) is fetched only on a page in
// that language: one in a static closure would add its text to every English page.
const TRANSLATION = /(?:^|[\\/])[\w-]+(?:\.[\w-]+)*\.(?!js$)[a-z]{2,3}-[\w-]+\.js$/;
for (const entry of entries) {
  const all = closure(join(CDN, entry));
  const staticTranslations = [...all].filter((f) => f !== join(CDN, entry) && TRANSLATION.test(name(f)));
  if (staticTranslations.length) {
    failed = true;
    notes.push(
      `  ${entry}: TRANSLATION LOADED ON EVERY PAGE (static import): ${staticTranslations.map(name).join(', ')}`,
    );
  }
  const isContent = entry !== LOADER && entry !== 'safety-quick-exit.js' && !entry.endsWith('.iife.js');
  const counted = new Set([...all].filter((f) => !isContent || !loaderFiles.has(f)));
  const { raw, gz, br } = measure(counted);
  const budget = BUDGETS[entry];
  let verdict;
  if (!budget) {
    verdict = 'NO BUDGET (add one in scripts/size.mjs)';
    failed = true;
  } else if (gz > (budget.ceiling ?? budget.gzip)) {
    verdict = `OVER ${budget.ceiling ? 'CEILING' : 'BUDGET'} by ${fmt(gz - (budget.ceiling ?? budget.gzip))}`;
    failed = true;
  } else if (gz > budget.gzip) {
    verdict = `OVER DESIGN BUDGET by ${fmt(gz - budget.gzip)} (ceiling ${fmt(budget.ceiling)})`;
    missed.push(entry);
  } else verdict = `ok (${fmt(budget.gzip - gz)} to spare)`;
  rows.push([
    entry,
    budget?.what ?? '',
    String(counted.size),
    fmt(raw),
    fmt(gz),
    fmt(br),
    budget ? fmt(budget.gzip) : '–',
    verdict,
  ]);
  if (budget?.own) {
    // Issue 20: the element's own code and text (its entry file alone, without the chunks it shares).
    const own = measure([join(CDN, entry)]).gz;
    const ok = own <= budget.own;
    if (!ok) failed = true;
    notes.push(
      `  ${entry}: own code and text ${fmt(own)} gzip against ${fmt(budget.own)}: ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  const lazy = onDemand(all);
  if (lazy.size) {
    const m = measure(lazy);
    notes.push(
      `  ${entry}: on demand (dynamic import, loaded only when used): ${[...lazy].map(name).join(', ')}: ${fmt(m.gz)} gzip`,
    );
  }
}

const head = ['file', 'what is counted', 'files', 'raw', 'gzip', 'brotli', 'budget (gzip)', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r.map((c, i) => (i <= 1 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
if (notes.length) console.log(`\n${notes.join('\n')}`);
const chunks = existsSync(join(CDN, 'chunks')) ? readdirSync(join(CDN, 'chunks')).filter((f) => f.endsWith('.js')) : [];
console.log(
  `\n${entries.length} entry files and ${chunks.length} chunks in ${CDN}/ (integrity of each in ${CDN}/integrity.json).`,
);
if (missed.length) console.log(`\nDESIGN budget NOT met (under its ceiling, so not failing): ${missed.join(', ')}.`);
if (failed) {
  console.error('\nOver budget or unbudgeted: see the rows above.');
  process.exit(1);
}
