import { BANK_HOLIDAYS } from '../data/bank-holidays.js';
import { addDays, isoDate, weekday } from './iso-date.js';
import type { LawNation } from './nation.js';

/**
 * UK bank holidays of one jurisdiction and year: from the dated table generated from `date-holidays`
 * (`src/data/bank-holidays.ts`, which has the one-off days such as the 2022 jubilee and the 2023
 * coronation) for the years it covers, and by the nation's standing rules only beyond them.
 */

function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(new Date(Date.UTC(year, month - 1, day)));
}

/** A nation's bank holidays by its standing rules (substitute days included; no one-off days). */
export function ruleBankHolidays(nation: LawNation, year: number): string[] {
  const easter = easterSunday(year);
  const d = (mm: number, dd: number) => `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const firstMonday = (mm: number) => addDays(d(mm, 1), (7 - weekday(d(mm, 1))) % 7);
  const lastMonday = (mm: number, last: number) => addDays(d(mm, last), -weekday(d(mm, last)));
  const out = [addDays(easter, -2), firstMonday(5), lastMonday(5, 31)];
  const fixed = [d(1, 1), d(12, 25), d(12, 26)];
  if (nation === 'scotland') {
    out.push(firstMonday(8));
    fixed.splice(1, 0, d(1, 2));
    fixed.push(d(11, 30));
  } else {
    out.push(addDays(easter, 1), lastMonday(8, 31));
    if (nation === 'northern-ireland') fixed.push(d(3, 17), d(7, 12));
  }
  // Fixed days move to the next weekday that is not already a holiday.
  for (const day of fixed.sort()) {
    let x = day;
    while (weekday(x) > 4 || out.includes(x)) x = addDays(x, 1);
    out.push(x);
  }
  return out.sort();
}

/** England and Wales bank holidays by the standing rules (kept for sites that imported it). */
export const englandWalesBankHolidays = (year: number): string[] => ruleBankHolidays('england-wales', year);

const cache = new Map<string, readonly string[]>();

/** Whether a year is inside the generated table. */
export const inTable = (year: number): boolean => year >= BANK_HOLIDAYS.firstYear && year <= BANK_HOLIDAYS.lastYear;

/** Bank holidays of a jurisdiction in a year: the table's dates where it covers the year, else the rules. */
export function bankHolidays(nation: LawNation, year: number): readonly string[] {
  const key = `${nation}:${year}`;
  let list = cache.get(key);
  if (!list) {
    list = inTable(year)
      ? BANK_HOLIDAYS.dates[nation].filter((x) => x.startsWith(`${year}-`))
      : ruleBankHolidays(nation, year);
    cache.set(key, list);
  }
  return list;
}

/** Whether an ISO date is a bank holiday in a jurisdiction. */
export function isBankHoliday(nation: LawNation, date: string): boolean {
  return bankHolidays(nation, Number(date.slice(0, 4))).includes(date);
}
