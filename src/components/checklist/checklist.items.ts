import type { ChecklistGroup, ChecklistItem } from '../../data/checklist.js';
import { helplineById } from '../../data/helplines.js';
import { warn } from '../../internal/warn.js';

const SOURCE = '<safety-checklist>';
const ID = /^[A-Za-z0-9_-]{1,80}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

/**
 * Reads a site's groups from the light DOM: `<ul data-group="id" data-title="Title">` with
 * `<li data-id="id">Step</li>` children, and any `<script type="application/json">` child holding the
 * same shape as the `items` property. Returns raw groups for `checkGroups`.
 */
export function readLightDom(host: Element): unknown[] {
  const out: unknown[] = [];
  Array.from(host.children).forEach((child, n) => {
    if (child instanceof HTMLScriptElement && child.type === 'application/json') {
      try {
        const parsed: unknown = JSON.parse(child.textContent ?? '');
        out.push(...(Array.isArray(parsed) ? parsed : [parsed]));
      } catch (e) {
        warn(SOURCE, `the <script type="application/json"> child is not valid JSON (${(e as Error).message}); it is ignored.`);
      }
    } else if (child instanceof HTMLUListElement || child instanceof HTMLOListElement) {
      const group = child.dataset['group'] ?? `site-${n + 1}`;
      out.push({
        id: group,
        title: child.dataset['title'] ?? child.getAttribute('aria-label') ?? undefined,
        items: Array.from(child.children)
          .filter((li) => li instanceof HTMLLIElement)
          .map((li, i) => ({ id: (li as HTMLElement).dataset['id'] ?? `${group}-${i + 1}`, text: li.textContent })),
      });
    }
  });
  return out;
}

/**
 * Checks raw groups (from JSON, a property or the light DOM). A group or item that fails is left out
 * with one console warning naming it and the reason; everything else still renders. A group whose id
 * matches a built-in group may leave out its title.
 */
export function checkGroups(raw: readonly unknown[], builtIn: readonly ChecklistGroup[], seen: Set<string>): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  raw.forEach((g, gi) => {
    const name = isObject(g) && typeof g['id'] === 'string' ? `group "${g['id']}"` : `group #${gi + 1}`;
    if (!isObject(g) || typeof g['id'] !== 'string' || !ID.test(g['id'])) {
      warn(SOURCE, `${name} is left out: it needs an "id" of letters, digits, "-" or "_".`);
      return;
    }
    const title = text(g['title']) || builtIn.find((b) => b.id === g['id'])?.title;
    if (!title) return warn(SOURCE, `${name} is left out: it has no "title".`);
    if (!Array.isArray(g['items'])) return warn(SOURCE, `${name} is left out: "items" must be an array.`);
    const items: ChecklistItem[] = [];
    g['items'].forEach((it: unknown, ii: number) => {
      const id = isObject(it) ? it['id'] : undefined;
      const label = `${name}, item ${typeof id === 'string' ? `"${id}"` : `#${ii + 1}`}`;
      if (typeof id !== 'string' || !ID.test(id)) return warn(SOURCE, `${label} is left out: it needs an "id" of letters, digits, "-" or "_".`);
      if (seen.has(id)) return warn(SOURCE, `${label} is left out: another step already has that id.`);
      const t = text((it as Record<string, unknown>)['text']);
      if (!t) return warn(SOURCE, `${label} is left out: it has no "text".`);
      const helplines: unknown = (it as Record<string, unknown>)['helplines'];
      const known = (Array.isArray(helplines) ? helplines : []).filter((h: unknown) => {
        const ok = typeof h === 'string' && !!helplineById(h)?.phones?.length;
        if (!ok) warn(SOURCE, `${label}: there is no bundled helpline "${String(h)}" with a phone number; it is not shown.`);
        return ok;
      }) as string[];
      seen.add(id);
      items.push({ id, text: t, helplines: known.length ? known : undefined });
    });
    const same = groups.find((x) => x.id === g['id']);
    if (same) same.items.push(...items);
    else groups.push({ id: g['id'], title, items });
  });
  return groups;
}

/**
 * The plan to show: the site's groups replace the built-in plan, or with `extend` are added to it (a site
 * group whose id matches a built-in group adds its steps to that group). `only` picks groups by id.
 */
export function buildPlan(
  builtIn: readonly ChecklistGroup[],
  site: readonly unknown[] | undefined,
  extend: boolean,
  only: string,
): ChecklistGroup[] {
  const seen = new Set<string>(extend || !site ? builtIn.flatMap((g) => g.items.map((i) => i.id)) : []);
  let plan: ChecklistGroup[] = site ? checkGroups(site, builtIn, seen) : [];
  if (!site || extend) {
    const merged = builtIn.map((g) => ({ ...g, items: [...g.items] }));
    for (const g of plan) {
      const same = merged.find((m) => m.id === g.id);
      if (same) same.items.push(...g.items);
      else merged.push(g);
    }
    plan = merged;
  }
  const wanted = only.split(/\s+/).filter(Boolean);
  if (!wanted.length) return plan;
  for (const id of wanted) {
    if (!plan.some((g) => g.id === id)) {
      warn(SOURCE, `groups="${only}": there is no group "${id}" (groups: ${plan.map((g) => g.id).join(' ')}).`);
    }
  }
  return plan.filter((g) => wanted.includes(g.id));
}
