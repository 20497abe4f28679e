import { describe, expect, it } from 'vitest';
import { exportUrl, periodOf, rangeFromQuery, rangeToQuery, reportUrl, shortcutRanges } from './statsPeriod';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('the period of the statistics page', () => {
  it('sends whole days: from the first day’s start to the start of the day after the last', () => {
    expect(periodOf([day(2025, 1, 1), day(2025, 12, 31)])).toEqual({
      from: day(2025, 1, 1).toISOString(),
      to: day(2026, 1, 1).toISOString(),
    });
    expect(periodOf([day(2025, 3, 10), day(2025, 3, 10)])).toEqual({
      from: day(2025, 3, 10).toISOString(),
      to: day(2025, 3, 11).toISOString(),
    });
  });

  it('means all time without a range, and puts a reversed range right', () => {
    expect(periodOf(null)).toEqual({ from: null, to: null });
    expect(periodOf([day(2025, 12, 31), day(2025, 1, 1)])).toEqual(periodOf([day(2025, 1, 1), day(2025, 12, 31)]));
  });

  it('offers this year, last year and the last twelve months', () => {
    const ranges = shortcutRanges(new Date(2026, 10, 21, 15, 30));
    expect(ranges.thisYear).toEqual([day(2026, 1, 1), day(2026, 12, 31)]);
    expect(ranges.lastYear).toEqual([day(2025, 1, 1), day(2025, 12, 31)]);
    expect(ranges.last12Months).toEqual([day(2025, 11, 22), day(2026, 11, 21)]);
  });

  it('keeps the range in the address as two days, and ignores anything else', () => {
    const range = [day(2025, 1, 1), day(2025, 6, 30)] as const;
    expect(rangeToQuery(range)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(rangeFromQuery({ from: '2025-01-01', to: '2025-06-30' })).toEqual(range);
    expect(rangeFromQuery({ from: '2025-06-30', to: '2025-01-01' })).toEqual(range);
    expect(rangeFromQuery({ from: '2025-02-30', to: '2025-06-30' })).toBeNull();
    expect(rangeFromQuery({ from: '2025-01-01' })).toBeNull();
    expect(rangeFromQuery({ from: ['2025-01-01'], to: '2025-06-30' })).toBeNull();
    expect(rangeToQuery(null)).toEqual({});
  });

  it('links the exports with the period and the language, and the report of a session', () => {
    const url = new URL(exportUrl('rounds', [day(2025, 1, 1), day(2025, 12, 31)], 'zh'), 'http://x');
    expect(url.pathname).toBe('/exports/rounds.xlsx');
    expect(url.searchParams.get('from')).toBe(day(2025, 1, 1).toISOString());
    expect(url.searchParams.get('to')).toBe(day(2026, 1, 1).toISOString());
    expect(url.searchParams.get('lang')).toBe('zh');
    expect(exportUrl('follow-ups', null, 'en')).toBe('/exports/follow-ups.xlsx?lang=en');
    expect(reportUrl('0b6c7f0e-9a49-4d6b-9a57-0d5f0f0f0f0f')).toBe('/exports/sessions/0b6c7f0e-9a49-4d6b-9a57-0d5f0f0f0f0f/report.pdf');
  });
});
