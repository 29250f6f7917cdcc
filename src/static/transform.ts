/**
 * The one transform from an element's declarative shadow DOM to the two static forms. Used by the
 * `safety-elements html` command (in Node, on `@lit-labs/ssr`'s output) and by the snippet builder (in the
 * browser, on a live element's shadow DOM), so both give the same HTML.
 *
 * - `cleanDsd`: the DSD form. Lit's markers and the legacy `shadowroot` attribute go; controls that need
 *   script (marked `data-script-only` in the templates) are removed, or, with `withScript`, kept but
 *   invisible so that the upgrade does not move anything.
 * - `toPlain`: the plain form. No `<script>`, `<style>`, `<template>`, `style` attribute or custom tag; each
 *   element becomes `<div class="safety-<element>">` and every `part` becomes a class
 *   `safety-<element>__<part>`; slots take the light DOM they show; ids are prefixed so that two copies on a
 *   page do not clash; a button that shows and hides a panel (`aria-expanded` + `aria-controls`) becomes a
 *   `<details>`; any other button, and every script-only control, is removed.
 */
import { parseFragment, serialize } from 'parse5';

/** The attribute that marks a control that does nothing without script (search, filters, print, clear…). */
const SCRIPT_ONLY = 'data-script-only';

// parse5's default tree, typed loosely: the transform only needs these fields.
interface Attr {
  name: string;
  value: string;
}
export interface PNode {
  nodeName: string;
  tagName?: string;
  attrs?: Attr[];
  childNodes?: PNode[];
  parentNode?: PNode | null;
  content?: PNode;
  value?: string;
  data?: string;
  namespaceURI?: string;
}

const attr = (n: PNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const setAttr = (n: PNode, name: string, value: string) => {
  const a = n.attrs!.find((x) => x.name === name);
  if (a) a.value = value;
  else n.attrs!.push({ name, value });
};
const dropAttr = (n: PNode, name: string) => {
  n.attrs = n.attrs?.filter((a) => a.name !== name);
};
const isElement = (n: PNode) => Boolean(n.tagName);
const isCustom = (n: PNode) => Boolean(n.tagName?.includes('-'));
const shadowOf = (n: PNode) =>
  n.childNodes?.find(
    (c) => c.tagName === 'template' && (attr(c, 'shadowrootmode') ?? attr(c, 'shadowroot')) !== undefined,
  );

function el(tagName: string, attrs: Record<string, string>, childNodes: PNode[] = []): PNode {
  const node: PNode = {
    nodeName: tagName,
    tagName,
    attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    childNodes: [],
    namespaceURI: 'http://www.w3.org/1999/xhtml',
    parentNode: null,
  };
  for (const c of childNodes) append(node, c);
  return node;
}
const text = (value: string): PNode => ({ nodeName: '#text', value, parentNode: null });
function append(parent: PNode, child: PNode) {
  child.parentNode = parent;
  parent.childNodes!.push(child);
}
function walk(n: PNode, visit: (n: PNode) => void) {
  visit(n);
  for (const c of [...(n.childNodes ?? [])]) walk(c, visit);
  if (n.content) walk(n.content, visit);
}

/**
 * HTML's boolean attributes that Lit's server renderer writes from a property binding: `.checked=${false}`
 * comes out as `checked="false"`, which HTML reads as checked (every box of a static checklist was ticked).
 * "false" drops the attribute, "true" keeps it bare.
 */
const BOOLEAN_ATTRIBUTES = new Set([
  'checked',
  'selected',
  'disabled',
  'readonly',
  'required',
  'multiple',
  'autofocus',
  'open',
  'indeterminate',
  'novalidate',
  'formnovalidate',
]);

/** The DSD form: Lit's markers out; script-only controls removed, or hidden in place (`withScript`). */
export function cleanDsd(html: string, { withScript = false } = {}): string {
  const root = parseFragment(html) as unknown as PNode;
  const prune = (n: PNode) => {
    if (n.attrs) {
      n.attrs = n.attrs.filter((a) => !(BOOLEAN_ATTRIBUTES.has(a.name) && a.value === 'false'));
      for (const a of n.attrs) if (BOOLEAN_ATTRIBUTES.has(a.name) && a.value === 'true') a.value = '';
    }
    n.childNodes = (n.childNodes ?? []).filter((c) => {
      if (c.nodeName === '#comment') return false;
      if (!withScript && isElement(c) && attr(c, SCRIPT_ONLY) !== undefined) return false;
      return true;
    });
    if (n.tagName === 'template') dropAttr(n, 'shadowroot');
    for (const c of n.childNodes) prune(c);
    if (n.content) prune(n.content);
  };
  prune(root);
  if (!withScript) showToggledPanels(root);
  if (withScript) {
    // Keep the space of each script-only control so that nothing moves when the element upgrades.
    walk(root, (n) => {
      if (n.tagName === 'template' && attr(n, 'shadowrootmode') && n.content) {
        const style = el('style', {}, [text(`[${SCRIPT_ONLY}]{visibility:hidden}`)]);
        style.parentNode = n.content;
        n.content.childNodes!.push(style);
      }
    });
  }
  return serialize(root as never);
}

/** Every element of a tree by its id: a panel is found from the `aria-controls` of its button. */
function idMap(root: PNode): Map<string, PNode> {
  const byId = new Map<string, PNode>();
  walk(root, (n) => {
    const id = n.tagName && attr(n, 'id');
    if (id) byId.set(id, n);
  });
  return byId;
}

/**
 * Without script a button that shows and hides a panel (the FOUR explainer's compact words) would do nothing:
 * its text stays, as a `<strong>`, and its panel is shown. (The plain form makes such a pair a `<details>`.)
 */
function showToggledPanels(root: PNode) {
  const byId = idMap(root);
  walk(root, (n) => {
    if (n.tagName !== 'button' || attr(n, 'aria-expanded') === undefined) return;
    const panel = byId.get(attr(n, 'aria-controls') ?? '');
    if (panel) dropAttr(panel, 'hidden');
    const strong = el('strong', {}, []);
    for (const c of n.childNodes ?? []) append(strong, c);
    const siblings = n.parentNode!.childNodes!;
    strong.parentNode = n.parentNode!;
    siblings.splice(siblings.indexOf(n), 1, strong);
  });
}

/** Attributes that mean nothing (or something unsafe) without the element's script and styles. */
const DROP = new Set(['style', 'part', 'exportparts', 'slot', SCRIPT_ONLY, 'class', 'hidden-until-found']);
const ID_REFS = [
  'for',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-owns',
  'aria-activedescendant',
  'list',
  'form',
  'headers',
];

/** The plain form of every element in `html` (elements given as DSD, as `cleanDsd` or the renderer gives them). */
export function toPlain(html: string): string {
  const root = parseFragment(html) as unknown as PNode;
  counter = 0;
  const out = el('div', {});
  for (const c of root.childNodes ?? []) for (const p of plainNodes(c, undefined)) append(out, p);
  return serialize(out as never).trim();
}

interface Scope {
  block: string;
  prefix: string;
  light: PNode[];
}

let counter = 0;
/** Turns one node (of the light tree or a shadow tree) into plain nodes. */
function plainNodes(n: PNode, scope: Scope | undefined): PNode[] {
  if (n.nodeName === '#text') return [text(n.value ?? '')];
  if (!isElement(n)) return [];
  const tag = n.tagName!;
  if (['script', 'style', 'template', 'link', 'noscript'].includes(tag)) return [];
  if (attr(n, SCRIPT_ONLY) !== undefined) return [];
  if (isCustom(n)) {
    const shadow = shadowOf(n);
    const light = (n.childNodes ?? []).filter((c) => c !== shadow);
    if (!shadow?.content) return light.flatMap((c) => plainNodes(c, scope));
    return [component(n, shadow.content, light)];
  }
  if (tag === 'slot' && attr(n, 'hidden') !== undefined) return [];
  if (tag === 'slot' && scope) {
    const name = attr(n, 'name');
    const assigned = scope.light.filter((c) =>
      name ? isElement(c) && attr(c, 'slot') === name : !(isElement(c) && attr(c, 'slot')),
    );
    const meaningful = assigned.some((c) => isElement(c) || (c.value ?? '').trim() !== '');
    // The page's own light DOM keeps its classes; a slot's fallback is the element's, so it gets part classes.
    return meaningful
      ? assigned.flatMap((c) => plainNodes(c, undefined))
      : (n.childNodes ?? []).flatMap((c) => plainNodes(c, scope));
  }
  if (tag === 'slot') return (n.childNodes ?? []).flatMap((c) => plainNodes(c, scope));
  const copy = el(tag, {});
  for (const a of n.attrs ?? []) {
    if (
      DROP.has(a.name) ||
      a.name.startsWith('on') ||
      a.name.startsWith('?') ||
      a.name.startsWith('.') ||
      a.name.startsWith('@')
    )
      continue;
    copy.attrs!.push({ ...a });
  }
  const parts = (attr(n, 'part') ?? '').split(/\s+/).filter(Boolean);
  const classes = scope
    ? parts.map((p) => `${scope.block}__${p}`)
    : (attr(n, 'class') ?? '').split(/\s+/).filter(Boolean);
  if ((attr(n, 'class') ?? '').split(/\s+/).includes('visually-hidden')) classes.push('safety-visually-hidden');
  if (classes.length) copy.attrs!.push({ name: 'class', value: classes.join(' ') });
  const kids = tag === 'template' ? [] : (n.childNodes ?? []);
  for (const c of kids) for (const p of plainNodes(c, scope)) append(copy, p);
  return [copy];
}

/** One element: `<div class="safety-x" lang>` around its shadow tree, then the fix-ups that need the whole tree. */
function component(host: PNode, shadow: PNode, light: PNode[]): PNode {
  const block = host.tagName!;
  const scope: Scope = { block, prefix: `${block}-${++counter}-`, light };
  const attrs: Record<string, string> = { class: block };
  const lang = attr(host, 'lang');
  if (lang) attrs.lang = lang;
  const box = el('div', attrs);
  for (const c of shadow.childNodes ?? []) for (const p of plainNodes(c, scope)) append(box, p);
  disclosures(box);
  // What is still hidden (a closed panel with no toggle, a slot) is not shown without script either.
  walk(box, (n) => {
    if (n.tagName && attr(n, 'hidden') !== undefined && n.parentNode?.childNodes)
      n.parentNode.childNodes = n.parentNode.childNodes.filter((c) => c !== n);
  });
  prefixIds(box, scope.prefix);
  return box;
}

/** `<button aria-expanded aria-controls=X>` + panel X → `<details><summary>…</summary>X</details>`; other buttons go. */
function disclosures(box: PNode) {
  const byId = idMap(box);
  const remove = (n: PNode) => {
    const p = n.parentNode;
    if (p?.childNodes) p.childNodes = p.childNodes.filter((c) => c !== n);
  };
  walk(box, (n) => {
    if (n.tagName !== 'button') return;
    const panel = attr(n, 'aria-expanded') !== undefined ? byId.get(attr(n, 'aria-controls') ?? '') : undefined;
    if (!panel) return remove(n);
    const summary = el('summary', {});
    for (const c of n.childNodes ?? []) append(summary, c);
    const cls = attr(n, 'class');
    if (cls) setAttr(summary, 'class', cls);
    const details = el('details', {}, [summary]);
    // The heading that held the button stays a heading, inside the summary.
    const parent = n.parentNode!;
    const holder = /^h[1-6]$/.test(parent.tagName ?? '') ? parent : n;
    if (holder !== n) {
      const heading = el(parent.tagName!, {}, [...summary.childNodes!]);
      summary.childNodes = [];
      append(summary, heading);
    }
    const host = holder.parentNode!;
    const at = host.childNodes!.indexOf(holder);
    remove(panel);
    dropAttr(panel, 'hidden');
    append(details, panel);
    details.parentNode = host;
    host.childNodes!.splice(at, 1, details);
  });
  walk(box, (n) => {
    for (const name of ['aria-expanded', 'aria-pressed']) if (n.tagName !== 'button') dropAttr(n, name);
  });
}

/** Ids are unique per page, not per shadow root: prefix them, and the references to them; drop dangling references. */
function prefixIds(box: PNode, prefix: string) {
  const ids = new Set<string>();
  walk(box, (n) => {
    const id = n.tagName && attr(n, 'id');
    if (id) ids.add(id);
  });
  walk(box, (n) => {
    if (!n.tagName) return;
    const id = attr(n, 'id');
    if (id) setAttr(n, 'id', prefix + id);
    for (const name of ID_REFS) {
      const v = attr(n, name);
      if (v === undefined) continue;
      const kept = v.split(/\s+/).filter((x) => ids.has(x));
      if (kept.length) setAttr(n, name, kept.map((x) => prefix + x).join(' '));
      else dropAttr(n, name);
    }
    const href = attr(n, 'href');
    if (href?.startsWith('#') && ids.has(href.slice(1))) setAttr(n, 'href', `#${prefix}${href.slice(1)}`);
  });
}
