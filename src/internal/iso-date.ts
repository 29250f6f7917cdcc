// Calendar dates as "YYYY-MM-DD" strings, read at midnight UTC so that no time zone or clock change moves a day.
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** A real calendar date written YYYY-MM-DD (site data, `bank-holidays`). */
export function isIsoDate(v: unknown): v is string {
  // WebKit reads "2026-02-31" as an invalid date, others roll it over: both are refused.
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? utc(v) : undefined;
  return !!d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v as string);
}

/** A Date's calendar day in UTC, "YYYY-MM-DD". */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday. */
export const weekday = (date: string): number => (utc(date).getUTCDay() + 6) % 7;
/** The date `n` days after `date` (before, for a negative `n`). */
export const addDays = (date: string, n: number): string => isoDate(new Date(utc(date).getTime() + n * 864e5));
