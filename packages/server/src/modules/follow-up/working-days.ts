import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import chineseDays from 'chinese-days';
import { HolidayOverride } from './deadlines.entity.js';

// 工作日: the official calendar (weekends, 法定节假日 and 调休 workdays, from the chinese-days package,
// which knows the years the State Council has announced) corrected by staff overrides. Days are
// China dates (UTC+8, no daylight saving); a deadline falls at the end of its day.

const day = 86_400_000;
const chinaOffset = 8 * 3_600_000;

/** The China date (YYYY-MM-DD) of an instant. */
export const chinaDate = (at: Date): string => new Date(at.getTime() + chinaOffset).toISOString().slice(0, 10);

/** 年月日 (China date), as the timeline and notices write a date. */
export const dateWords = (at: Date): string => {
  const [y, m, d] = chinaDate(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The last instant (23:59:59 China time) of a China date. */
export const endOfChinaDay = (date: string): Date => new Date(`${date}T23:59:59+08:00`);

const nextDate = (date: string): string => new Date(new Date(`${date}T00:00:00Z`).getTime() + day).toISOString().slice(0, 10);

/**
 * The last year the official calendar knows: one whose 国庆 (1–3 October) are holidays. Three days in
 * a row always include a weekday, so a year the package does not know (weekends only) fails this.
 */
export function officialCalendarThrough(from = new Date().getUTCFullYear()): number {
  const known = (year: number) => [1, 2, 3].every((d) => chineseDays.isHoliday(`${year}-10-0${d}`));
  let year = from;
  while (known(year + 1)) year += 1;
  while (year > 2004 && !known(year)) year -= 1;
  return year;
}

/** The calendar as this deployment sees it: the official one with staff overrides. */
export class WorkingCalendar {
  constructor(private readonly overrides: ReadonlyMap<string, boolean> = new Map()) {}

  isWorkingDay(date: string): boolean {
    return this.overrides.get(date) ?? chineseDays.isWorkday(date);
  }

  /** The end of the `count`-th working day after `from`'s day (the day itself does not count). */
  addWorkingDays(from: Date, count: number): Date {
    let date = chinaDate(from);
    for (let left = count; left > 0; ) {
      date = nextDate(date);
      if (this.isWorkingDay(date)) left -= 1;
    }
    return endOfChinaDay(date);
  }

  /** Working days after the deadline's day up to and including `now`'s day; 0 when not yet late. */
  workingDaysLate(deadline: Date, now: Date): number {
    if (deadline.getTime() >= now.getTime()) return 0;
    const today = chinaDate(now);
    let late = 0;
    // Bounded: a year is far beyond any ladder, and the loop stays cheap for very old items.
    for (let date = nextDate(chinaDate(deadline)), n = 0; date <= today && n < 400; date = nextDate(date), n++)
      if (this.isWorkingDay(date)) late += 1;
    return late;
  }
}

/** The calendar with the current overrides (a handful of rows, read whole). */
export async function loadCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const rows = await em.find(HolidayOverride, {});
  return new WorkingCalendar(new Map(rows.map((r) => [r.date, r.working])));
}
