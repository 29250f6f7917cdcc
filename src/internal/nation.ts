import { warnOnce } from './warn.js';

/**
 * The reader's nation, one value per element (`nation="…"`, docs/conventions.md). `england` and `wales`
 * are for sites that serve one of them: the law shown is England and Wales law for both, and the
 * signposts put that nation's own services first. `england-wales` (the default) serves both.
 */
export type Nation = 'england-wales' | 'england' | 'wales' | 'scotland' | 'northern-ireland';
export const NATION_VALUES: readonly Nation[] = ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'];
const DEFAULT_NATION: Nation = 'england-wales';

/** The UK's three legal jurisdictions: whose law, disclosure scheme and bank holidays apply. */
export type LawNation = 'england-wales' | 'scotland' | 'northern-ireland';
export const LAW_NATION_VALUES: readonly LawNation[] = ['england-wales', 'scotland', 'northern-ireland'];

/** A nation a service can cover (helpline data's `nations`). */
export type ServiceNation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
export const SERVICE_NATION_VALUES: readonly ServiceNation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

/**
 * A `nation` attribute's value, read case-insensitively with spaces or underscores as hyphens
 * ("Northern Ireland" → `northern-ireland`). Anything else warns once (naming the value and the valid
 * ones) and gives the default. An empty or missing value is the default, silently.
 */
export function normaliseNation(value: unknown, source = 'nation'): Nation {
  if (value == null || (typeof value === 'string' && !value.trim())) return DEFAULT_NATION;
  const v = String(value)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const alias: Record<string, Nation> = { 'england-and-wales': 'england-wales', ni: 'northern-ireland' };
  const n = (NATION_VALUES as readonly string[]).includes(v) ? (v as Nation) : alias[v];
  if (n) return n;
  warnOnce(source, `nation "${String(value)}" is not one of ${NATION_VALUES.join(', ')}; using ${DEFAULT_NATION}.`);
  return DEFAULT_NATION;
}

/** Whose law applies: England and Wales share one. */
export function lawNation(n: Nation): LawNation {
  return n === 'england' || n === 'wales' ? 'england-wales' : n;
}

/** The service nations a reader's nation stands for (`england-wales` → both). */
function serviceNations(n: Nation): readonly ServiceNation[] {
  return n === 'england-wales' ? ['england', 'wales'] : [n];
}

/**
 * Whether an entry serves the reader's nation: `true` (it says so), `false` (it says it covers other
 * nations only) or `undefined` (its coverage is not stated, e.g. a national service whose coverage the
 * reference does not confirm).
 */
export function servesNation(entry: { readonly nations?: readonly ServiceNation[] }, n: Nation): boolean | undefined {
  if (!entry.nations?.length) return undefined;
  return serviceNations(n).some((s) => entry.nations!.includes(s));
}
