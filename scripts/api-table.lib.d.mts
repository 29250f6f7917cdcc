/** Types for scripts/api-table.lib.mjs (used by test/dist/api-table.test.ts). */
export function elementsOf(manifest: unknown): Array<{ tagName: string } & Record<string, unknown>>;
export function renderApiTable(
  manifest: unknown,
  strings?: Readonly<Record<string, Readonly<Record<string, string>>>>,
): string;
