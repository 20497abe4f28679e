import { periodOf, rangeFromQuery, rangeToQuery, shortcutRanges, type DayRange } from '../stats/statsPeriod';

// The 履职 figures' period: whole days in the browser's time zone, sent as [start of the first day,
// start of the day after the last), this year by default, kept in the address (?from=…&to=…).

export { rangeToQuery, shortcutRanges, type DayRange };

/** The range in the address, or this year when it has none. */
export function participationRange(query: Record<string, unknown>, now: Date = new Date()): DayRange {
  return rangeFromQuery(query) ?? shortcutRanges(now).thisYear;
}

/** The API's [from, to) for a range of days. */
export function participationPeriod(range: DayRange): { from: string; to: string } {
  const period = periodOf(range);
  return { from: period.from!, to: period.to! };
}

/** The Excel export of the figures for the period, its headings in the page's language. */
export function participationExportUrl(range: DayRange, language: 'zh' | 'en'): string {
  const { from, to } = participationPeriod(range);
  const params = new URLSearchParams({ from, to, language });
  return `/exports/representatives/participation.xlsx?${params.toString()}`;
}

export const FIGURES = [
  'cluesReceived',
  'cluesAnswered',
  'cluesDispatched',
  'itemsSupervised',
  'scoresGiven',
  'studioVotes',
  'sessionsAttended',
] as const;
export type Figure = (typeof FIGURES)[number];

/** Each figure summed over the rows. */
export function totals(rows: readonly Record<Figure, number>[]): Record<Figure, number> {
  const sum = Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as Record<Figure, number>;
  for (const row of rows) for (const figure of FIGURES) sum[figure] += row[figure];
  return sum;
}
