import { describe, expect, it } from 'vitest';
import { participationExportUrl, participationPeriod, participationRange, totals } from './participation';

describe('the participation period', () => {
  it('is this year unless the address names two days', () => {
    const now = new Date(2026, 5, 15);
    expect(participationRange({}, now)).toEqual([new Date(2026, 0, 1), new Date(2026, 11, 31)]);
    expect(participationRange({ from: '2025-03-01', to: '2025-03-31' }, now)).toEqual([new Date(2025, 2, 1), new Date(2025, 2, 31)]);
    expect(participationRange({ from: '2025-03-01' }, now)).toEqual([new Date(2026, 0, 1), new Date(2026, 11, 31)]);
  });

  it('is sent as [start of the first day, start of the day after the last)', () => {
    expect(participationPeriod([new Date(2026, 0, 1), new Date(2026, 11, 31)])).toEqual({
      from: new Date(2026, 0, 1).toISOString(),
      to: new Date(2027, 0, 1).toISOString(),
    });
  });

  it('goes with the export, in the page’s language', () => {
    const url = new URL(participationExportUrl([new Date(2026, 0, 1), new Date(2026, 0, 31)], 'en'), 'http://x');
    expect(url.pathname).toBe('/exports/representatives/participation.xlsx');
    expect(url.searchParams.get('from')).toBe(new Date(2026, 0, 1).toISOString());
    expect(url.searchParams.get('to')).toBe(new Date(2026, 1, 1).toISOString());
    expect(url.searchParams.get('language')).toBe('en');
  });
});

describe('the totals row', () => {
  it('sums each figure', () => {
    const row = (n: number) => ({
      cluesReceived: n,
      cluesAnswered: n,
      cluesDispatched: 0,
      itemsSupervised: 1,
      scoresGiven: 0,
      studioVotes: 2 * n,
      sessionsAttended: 1,
    });
    expect(totals([row(1), row(3)])).toEqual({
      cluesReceived: 4,
      cluesAnswered: 4,
      cluesDispatched: 0,
      itemsSupervised: 2,
      scoresGiven: 0,
      studioVotes: 8,
      sessionsAttended: 2,
    });
    expect(totals([]).studioVotes).toBe(0);
  });
});
