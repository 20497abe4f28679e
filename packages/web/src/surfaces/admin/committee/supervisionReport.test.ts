import { describe, expect, it } from 'vitest';
import { reportPeriodValid, supervisionReportUrl, yearToDate } from './supervisionReport';

describe('the 督办报告 download', () => {
  it('defaults to this year so far, in China time', () => {
    expect(yearToDate(new Date('2026-12-31T17:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(yearToDate(new Date('2026-06-15T04:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-06-15' });
  });

  it('needs both days, in order', () => {
    expect(reportPeriodValid('2026-01-01', '2026-12-31')).toBe(true);
    expect(reportPeriodValid('2026-12-31', '2026-01-01')).toBe(false);
    expect(reportPeriodValid(null, '2026-01-01')).toBe(false);
  });

  it('asks for one committee, those without one, or all', () => {
    const period = { from: '2026-01-01', to: '2026-12-31' };
    expect(supervisionReportUrl('pdf', { committee: 'abc', ...period })).toBe(
      '/exports/supervision-report.pdf?from=2026-01-01&to=2026-12-31&committee=abc',
    );
    expect(supervisionReportUrl('xlsx', { committee: 'none', ...period })).toContain('committee=none');
    expect(supervisionReportUrl('xlsx', { committee: '', ...period })).not.toContain('committee');
  });
});
