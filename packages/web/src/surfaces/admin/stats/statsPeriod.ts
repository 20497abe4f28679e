import type { SessionKind, StatsPeriodInput } from '../../../gql/graphql';

// The period the statistics page covers: picked as whole days in the browser's time zone, sent to
// the API as [start of the first day, start of the day after the last), kept in the address as
// ?from=2025-01-01&to=2025-12-31 so a link or a reload shows the same figures, and passed on to
// the Excel exports.

/** First and last day, both included; null for all time. */
export type DayRange = readonly [Date, Date];

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The API's period for a range of whole days; all time for none. */
export function periodOf(range: DayRange | null): StatsPeriodInput {
  if (!range) return { from: null, to: null };
  const [first, last] = range[0] <= range[1] ? range : [range[1], range[0]];
  return { from: startOfDay(first).toISOString(), to: addDays(last, 1).toISOString() };
}

export type RangeShortcut = 'thisYear' | 'lastYear' | 'last12Months';

/** The ranges offered beside the calendar, as of `now`. */
export function shortcutRanges(now: Date): Record<RangeShortcut, DayRange> {
  const year = now.getFullYear();
  return {
    thisYear: [new Date(year, 0, 1), new Date(year, 11, 31)],
    lastYear: [new Date(year - 1, 0, 1), new Date(year - 1, 11, 31)],
    last12Months: [addDays(new Date(year - 1, now.getMonth(), now.getDate()), 1), startOfDay(now)],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): Date | null {
  const match = typeof value === 'string' ? dayPattern.exec(value) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayText(date) === value ? date : null;
}

/** The range in the address, or null (all time) when it is missing or not two valid days. */
export function rangeFromQuery(query: Record<string, unknown>): DayRange | null {
  const from = parseDay(query.from);
  const to = parseDay(query.to);
  return from && to ? (from <= to ? [from, to] : [to, from]) : null;
}

export function rangeToQuery(range: DayRange | null): Record<string, string> {
  return range ? { from: dayText(range[0]), to: dayText(range[1]) } : {};
}

export type ExportKind = 'sessions' | 'rounds' | 'follow-ups';

/** A download link of an Excel export for the period (and kind of session, when one is chosen), in the page's language. */
export function exportUrl(kind: ExportKind, range: DayRange | null, language: 'zh' | 'en', sessionKind: SessionKind | null = null): string {
  const period = periodOf(range);
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  if (sessionKind && kind !== 'follow-ups') params.set('kind', sessionKind);
  params.set('lang', language);
  return `/exports/${kind}.xlsx?${params.toString()}`;
}

/** The session report (关于…电视问政情况的报告) as PDF. */
export const reportUrl = (sessionId: string) => `/exports/sessions/${encodeURIComponent(sessionId)}/report.pdf`;
