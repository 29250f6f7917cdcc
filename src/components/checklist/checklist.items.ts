import type { ChecklistGroup, ChecklistItem } from '../../data/checklist.js';
import { knownWords } from '../../internal/enum-attribute.js';
import { jsonScriptChild } from '../../internal/json-attribute.js';
import { warn } from '../../internal/warn.js';

const SOURCE = '<safety-checklist>';
const ID = /^[\w-]{1,80}$/;

type Raw = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
const idOf = (v: unknown) =>
  v && typeof v === 'object' && typeof (v as Raw)['id'] === 'string' ? ((v as Raw)['id'] as string) : undefined;

/**
 * Reads a site's groups from the light DOM: `<ul data-group="id" data-title="Title">` (or `aria-label`)
 * with `<li data-id="id">Step</li>` children, and any `<script type="application/json">` child holding
 * the same shape as the `items` property. Returns raw groups for `buildPlan` to check.
 */
export function readLightDom(host: Element): unknown[] {
  const out: unknown[] = [];
  Array.from(host.children).forEach((child, n) => {
    if (child instanceof HTMLScriptElement && child.type === 'application/json') {
      const data = jsonScriptChild(child, SOURCE);
      if (data !== undefined) out.push(...([] as unknown[]).concat(data));
    } else if (child instanceof HTMLUListElement || child instanceof HTMLOListElement) {
      const group = child.dataset['group'] ?? `site-${n + 1}`;
      out.push({
        id: group,
        title: child.dataset['title'] ?? child.getAttribute('aria-label'),
        items: Array.from(child.querySelectorAll(':scope > li'), (li, i) => ({
          id: (li as HTMLElement).dataset['id'] ?? `${group}-${i + 1}`,
          text: li.textContent,
        })),
      });
    }
  });
  return out;
}

/**
 * The plan to show. A site's groups (raw: JSON, property or light DOM) replace the built-in plan, or with
 * `extend` are added to it (a group whose id matches an existing group adds its steps there and may leave
 * out its title). A group or step that fails a check is left out with one console warning naming it and
 * the reason; everything else still renders. `only` picks groups by id, in plan order.
 */
export function buildPlan(
  builtIn: readonly ChecklistGroup[],
  site: readonly unknown[] | undefined,
  extend: boolean,
  only: string,
): ChecklistGroup[] {
  const keep = !site || extend;
  const plan: ChecklistGroup[] = keep ? builtIn.map((g) => ({ ...g, items: [...g.items] })) : [];
  const seen = new Set(plan.flatMap((g) => g.items.map((i) => i.id)));
  const leaveOut = (what: string, why: string) => warn(SOURCE, `${what} is left out: ${why}.`);
  const ID_RULE = 'it needs an "id" of letters, digits, "-" or "_"';

  (site ?? []).forEach((g, gi) => {
    const gid = idOf(g);
    const name = gid ? `group "${gid}"` : `group #${gi + 1}`;
    if (!gid || !ID.test(gid)) return leaveOut(name, ID_RULE);
    const same = plan.find((p) => p.id === gid);
    const title = text((g as Raw)['title']) || (same ?? builtIn.find((b) => b.id === gid))?.title;
    const rawItems = (g as Raw)['items'];
    if (!title) return leaveOut(name, 'it has no "title"');
    if (!Array.isArray(rawItems)) return leaveOut(name, '"items" must be an array');
    const items: ChecklistItem[] = [];
    rawItems.forEach((it: unknown, ii: number) => {
      const id = idOf(it);
      const what = `${name}, item ${id ? `"${id}"` : `#${ii + 1}`}`;
      const t = text((it as Raw | undefined)?.['text']);
      if (!id || !ID.test(id)) return leaveOut(what, ID_RULE);
      if (seen.has(id)) return leaveOut(what, 'another step already has that id');
      if (!t) return leaveOut(what, 'it has no "text"');
      seen.add(id);
      items.push({ id, text: t });
    });
    if (same) same.items.push(...items);
    else plan.push({ id: gid, title, items });
  });

  // As every filter attribute: a typo never hides the plan (a filter of unknown ids only filters nothing).
  const wanted = knownWords(
    SOURCE,
    'groups',
    only,
    plan.map((g) => g.id),
  );
  return wanted.length ? plan.filter((g) => wanted.includes(g.id)) : plan;
}
