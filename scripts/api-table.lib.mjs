// Renders the API table (attributes, properties, methods, events, parts, CSS properties, slots) of every
// element from custom-elements.json. Plain ES module with no Node imports: `scripts/api-table.mjs`
// writes docs/api.md with it, and test/api-table.test.ts renders it again in the browser to prove the
// committed page matches the manifest.

const cell = (v) =>
  String(v ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (v) => (v ? `\`${cell(v).replace(/`/g, "'")}\`` : '');
const isPublic = (m) =>
  (m.privacy ?? 'public') === 'public' &&
  !m.static &&
  !String(m.name).startsWith('_') &&
  !String(m.name).startsWith('#');

function table(head, rows) {
  if (!rows.length) return '';
  return (
    [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n') + '\n\n'
  );
}

/** The custom-element declarations of a manifest, sorted by tag. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * `strings`: each element's English strings table by tag (test/support/strings-tables.ts), listed after its
 * other tables so that every key a site can override is documented with its text and placeholders.
 */
export function renderApiTable(manifest, strings = {}) {
  let out =
    '# API of every element\n\n' +
    'Generated from `custom-elements.json` by `npm run api-table` (do not edit by hand; a test fails when this page and the manifest differ). ' +
    'Naming rules: [conventions.md](conventions.md).\n\n';
  for (const d of elementsOf(manifest)) {
    const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
    const methods = (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
    out += `## \`<${d.tagName}>\`\n\n${cell(d.summary ?? d.description)}\n\n`;
    out += '### Attributes and properties\n\n';
    out += table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      [
        ...fields.map((f) => [
          code(f.attribute),
          code(f.name),
          code(f.type?.text),
          code(f.default),
          cell(f.description),
        ]),
        // Attributes with no public property of their own (read by the element, not reflected to a field).
        ...(d.attributes ?? [])
          .filter((a) => !fields.some((f) => f.attribute === a.name))
          .map((a) => [code(a.name), '', code(a.type?.text), code(a.default), cell(a.description)]),
      ],
    );
    out += table(
      ['Method', 'Description'],
      methods.map((m) => [code(`${m.name}()`), cell(m.description)]),
    );
    out += table(
      ['Event', 'Detail', 'Description'],
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    );
    out += table(
      ['Part', 'Description'],
      (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    );
    out += table(
      ['CSS property', 'Default', 'Description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    );
    out += table(
      ['Slot', 'Description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    );
    const keys = Object.entries(strings[d.tagName] ?? {});
    if (keys.length) out += '### Strings\n\n';
    out += table(
      ['`strings` key', 'English text'],
      keys.map(([key, text]) => [code(key), cell(text)]),
    );
  }
  return out.replace(/\n+$/, '\n');
}
