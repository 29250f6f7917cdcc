/**
 * Search for `<safety-helpline-directory>`: the words a frightened reader types ("stalker", "my ex",
 * "deaf", "women") find the services that help, not only the ones whose text holds the exact word.
 *
 * - Each word is reduced to a rough stem ("stalker", "stalked", "stalking" → "stalk") and matches the
 *   start of a stemmed word of the service (so a half-typed word already narrows the list).
 * - A small synonym table maps everyday words to categories and features (`#domestic-abuse`, `#text`);
 *   a service carries those as `#` tokens in its index.
 * - A number (digits, spaces, brackets, + . -) matches the digits of a service's phone numbers.
 * - Every word must match; when no service matches every word, services matching any word are shown
 *   (so "my ex is stalking me" still finds stalking and domestic abuse services).
 */

const SUFFIXES = [
  'ments',
  'ment',
  'ings',
  'ing',
  'ives',
  'ive',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'es',
  'ly',
  's',
  'y',
  'e',
];

/** A rough English stem: enough to make "stalker", "stalked" and "stalking" one word. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** Words a reader uses → what they mean in the directory: `#category`, `#feature` or plain words. */
const TABLE: ReadonlyArray<readonly [words: string, means: string]> = [
  ['stalker stalk stalked following follow followed fixated obsessed obsessive watching watched', '#stalking'],
  ['harass harassed harassment', '#stalking #victims'],
  [
    'ex partner husband wife boyfriend girlfriend spouse domestic dv coercive controlling relationship',
    '#domestic-abuse',
  ],
  ['deaf hearing speech speak text texting sms sign bsl signing type typing relay', '#text #bsl #relay'],
  ['chat webchat online', '#chat'],
  ['women woman female girl mum mother', '#domestic-abuse #sexual-violence'],
  ['men man male dad father', '#men'],
  ['lgbt lgbtq lgbtqia gay lesbian bisexual bi trans transgender queer nonbinary non-binary', '#lgbt'],
  ['child children kid kids young teen teenager youth school', '#children'],
  ['police polis 999 101 emergency danger', '#emergency #report-crime'],
  ['rape sexual assault sex', '#sexual-violence'],
  ['honour forced marriage fgm', '#honour-based-abuse'],
  ['suicide suicidal lonely depressed depression talk listen', '#emotional-support'],
  ['lawyer solicitor legal law injunction court order', '#legal-help'],
  ['crime report anonymous', '#report-crime'],
  ['victim', '#victims'],
  ['wales welsh cymru', '#wales'],
  ['scotland scottish', '#scotland'],
  ['ni ulster', '#northern-ireland'],
];

let synonymTable: Map<string, string[]> | undefined;

/** The synonym table by stem, built at the first search: a directory nobody searches never pays for it. */
export function synonyms(): ReadonlyMap<string, readonly string[]> {
  if (!synonymTable) {
    synonymTable = new Map();
    for (const [words, means] of TABLE)
      for (const w of words.split(' '))
        synonymTable.set(stem(w), [...(synonymTable.get(stem(w)) ?? []), ...means.split(' ')]);
  }
  return synonymTable;
}

/** Words of a text, each as written and as its stem (so a half-typed word matches too). */
export const stems = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#-]+/u)
    .flatMap((w) => (w ? [w, stem(w), ...(w.includes('-') ? w.split('-').map(stem) : [])] : []));

/** Search index of one item: stemmed words, `#` tokens (categories, features) and phone digits. */
export interface Indexed {
  readonly words: readonly string[];
  readonly digits: readonly string[];
}

export function index(text: string, tokens: readonly string[], numbers: readonly string[]): Indexed {
  return { words: [...new Set([...stems(text), ...tokens])], digits: numbers.map((n) => n.replace(/\D/g, '')) };
}

const NUMBER = /^[\d\s()+.-]+$/;
const STOP = new Set([
  'a',
  'an',
  'the',
  'i',
  'im',
  'me',
  'my',
  'is',
  'am',
  'are',
  'be',
  'being',
  'been',
  'to',
  'of',
  'for',
  'and',
  'or',
  'by',
  'in',
  'on',
  'with',
  'who',
  'what',
  'how',
  'from',
  'at',
  'it',
  'someone',
  'help',
  'need',
  'want',
  'support',
  'service',
]);

/** One query word: the alternatives that satisfy it. */
type Term = { digits?: string; any: string[] };

/** Reads a query into terms; stop words are dropped unless they are all there is. */
export function parse(query: string): Term[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  if (NUMBER.test(q) && /\d/.test(q)) return [{ digits: q.replace(/\D/g, ''), any: [] }];
  const raw = q.split(/[\s,;/]+/).filter(Boolean);
  const words = raw.filter((w) => !STOP.has(w.replace(/['’]/g, '')));
  return (words.length ? words : raw).map((w) => {
    const s = stem(w);
    return { any: [...new Set([w, s, ...(synonyms().get(s) ?? [])])] };
  });
}

const hit = (item: Indexed, t: Term): boolean =>
  t.digits !== undefined
    ? item.digits.some((d) => d.includes(t.digits!))
    : t.any.some((a) => (a.startsWith('#') ? item.words.includes(a) : item.words.some((w) => w.startsWith(a))));

/**
 * The items that match: every term, or (when none matches every term and there are several) any term.
 * `all` says which of the two it was.
 */
export function search<T>(
  items: readonly T[],
  query: string,
  get: (item: T) => Indexed,
): { matches: T[]; all: boolean; active: boolean } {
  const terms = parse(query);
  if (!terms.length) return { matches: [...items], all: true, active: false };
  const every = items.filter((i) => terms.every((t) => hit(get(i), t)));
  if (every.length || terms.length === 1) return { matches: every, all: true, active: true };
  return { matches: items.filter((i) => terms.some((t) => hit(get(i), t))), all: false, active: true };
}
