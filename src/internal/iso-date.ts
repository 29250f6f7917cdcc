/** A real calendar date written YYYY-MM-DD (site data, `bank-holidays`). */
export function isIsoDate(v: unknown): v is string {
  // WebKit reads "2026-02-31" as an invalid date, others roll it over: both are refused.
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : undefined;
  return !!d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v as string);
}
