import { describe, expect, it } from 'vitest';
import { chinaDate, officialCalendarThrough, WorkingCalendar } from './working-days.js';

const at = (iso: string) => new Date(iso);

describe('the working-day calendar', () => {
  const calendar = new WorkingCalendar();

  it('skips weekends and the National Day holiday, and counts the 调休 Saturday as a working day', () => {
    // 2026: 10月1日–7日 off; Sunday 9月20日 and Saturday 10月10日 are working days.
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false);
    // From Wednesday 9月30日: 10月8日 (Thu), 9日 (Fri), 10日 (调休 Sat).
    expect(chinaDate(calendar.addWorkingDays(at('2026-09-30T10:00:00+08:00'), 3))).toBe('2026-10-10');
  });

  it('ends a deadline at the end of its China day, whatever the hour it was set', () => {
    expect(calendar.addWorkingDays(at('2026-12-01T23:30:00+08:00'), 1).toISOString()).toBe('2026-12-02T15:59:59.000Z');
  });

  it('counts only working days past the deadline', () => {
    // Deadline Friday 11月27日; Monday 11月30日 to Wednesday 12月2日 are three working days late.
    expect(calendar.workingDaysLate(at('2026-11-27T23:59:59+08:00'), at('2026-12-02T09:00:00+08:00'))).toBe(3);
    expect(calendar.workingDaysLate(at('2026-12-02T23:59:59+08:00'), at('2026-12-02T09:00:00+08:00'))).toBe(0);
  });

  it('knows the last year of the official calendar (the package knows 2026, not yet 2027)', () => {
    expect(officialCalendarThrough(2024)).toBe(2026);
    expect(officialCalendarThrough(2030)).toBe(2026);
  });

  it('lets staff overrides win over the official calendar', () => {
    const local = new WorkingCalendar(
      new Map([
        ['2026-11-30', false],
        ['2026-11-28', true],
      ]),
    );
    expect(local.isWorkingDay('2026-11-30')).toBe(false);
    expect(local.workingDaysLate(at('2026-11-27T23:59:59+08:00'), at('2026-12-02T09:00:00+08:00'))).toBe(3);
  });
});
