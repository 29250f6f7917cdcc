import type { ServiceNation } from './nation.js';

/**
 * The words a short list of helplines puts around a service's name (Clare's Law's helplines, the directory's
 * key lines), from the element's own strings table: "In England: " or "In Wales: " (keys `inEngland`,
 * `inWales`) before a service that covers only that nation, and who it is for after it (`who.<id>`). Reference
 * section 7: the National Domestic Abuse Helpline is for women, its coverage is England, and men are
 * signposted to the Men's Advice Line beside it; the same words wherever it is listed briefly.
 */
export function nameLabel(
  h: { readonly id: string; readonly nations?: readonly ServiceNation[] },
  t: Readonly<Record<string, string | undefined>>,
): { before: string; after: string } {
  const only = h.nations?.length === 1 ? h.nations[0] : undefined;
  return {
    before: (only === 'england' ? t['inEngland'] : only === 'wales' ? t['inWales'] : undefined) ?? '',
    after: t[`who.${h.id}`] ?? '',
  };
}
