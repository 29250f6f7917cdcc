import { DAYS, type Day, type Hours } from '../../data/helplines.js';
import { addDays, isoDate, weekday } from '../../internal/iso-date.js';

/** Wall-clock date and time in the UK (`Europe/London`), whatever the reader's own time zone. */
export interface LondonTime {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  /** Minutes since midnight. */
  minutes: number;
}

let last: [number, LondonTime] | undefined;

/**
 * When UK clocks change in `year`: 01:00 UTC on the last Sunday of `month` (0-based: March 2, October 9), as
 * the Summer Time Order 2002 sets. Worked out rather than asked of `Intl` (`timeZone: 'Europe/London'`),
 * whose first formatter loads the engine's time zone data: about 60 ms of the directory's first render at
 * 4x CPU. A test holds it to `Intl` across every change from 2020 to 2035, in each engine.
 */
function clockChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

export function londonTime(now: Date): LondonTime {
  // One directory asks for the same instant once per card: keep the last answer.
  const t = now.getTime();
  if (last?.[0] === t) return last[1];
  const year = now.getUTCFullYear();
  const summer = t >= clockChange(year, 2) && t < clockChange(year, 9);
  const wall = new Date(t + (summer ? 36e5 : 0));
  const date = isoDate(wall);
  const london = { date, day: weekday(date), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
  last = [t, london];
  return london;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * England and Wales bank holidays of a year by the standing rules. The directory itself now reads each
 * service's own nation's dates from the generated table (`src/internal/bank-holidays.ts`).
 */
export { englandWalesBankHolidays } from '../../internal/bank-holidays.js';

export type OpenStatus =
  | { kind: 'always' }
  | { kind: 'unknown' }
  /** Today is a bank holiday and the service's bank-holiday opening is not known. */
  | { kind: 'bank-holiday' }
  | { kind: 'open'; until: string }
  /** `inDays`: 0 today, 1 tomorrow…; `day`: 0 = Monday. */
  | { kind: 'closed'; inDays?: number; day?: number; at?: string };

const pad = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;

/**
 * Whether a service is open at `now`, in UK time, and if not, when it next opens (looking a fortnight
 * ahead). Daylight saving needs no arithmetic here: timetables are UK wall-clock times and `now` is
 * read as UK wall-clock time.
 */
export function openStatus(hours: Hours | undefined, now: Date, isBankHoliday: (date: string) => boolean): OpenStatus {
  if (!hours) return { kind: 'unknown' };
  if (hours === '24/7') return { kind: 'always' };
  const t = londonTime(now);
  const closedOn = (date: string) =>
    (hours.bankHolidays === 'closed' && isBankHoliday(date)) || !!hours.closedOn?.includes(date);
  if (!hours.bankHolidays && isBankHoliday(t.date) && !hours.closedOn?.includes(t.date))
    return { kind: 'bank-holiday' };
  for (let i = 0; i < 15; i++) {
    const date = addDays(t.date, i);
    if (closedOn(date)) continue;
    const day = (t.day + i) % 7;
    const ranges = [...(hours[DAYS[day] as Day] ?? [])].sort((x, y) => toMinutes(x[0]) - toMinutes(y[0]));
    for (const [open, close] of ranges) {
      const from = toMinutes(open);
      const to = toMinutes(close);
      if (i === 0 && t.minutes >= from && t.minutes < to)
        return { kind: 'open', until: to >= 1440 ? '00:00' : pad(to) };
      if (i > 0 || t.minutes < from) return { kind: 'closed', inDays: i, day, at: open };
    }
  }
  return { kind: 'closed' };
}
