import { describe, expect, it } from 'vitest';
import { formatPercent, publicStepTone, publicSteps, resultRows, type DisclosureResult } from './disclosure';

const channel = (name: 'STUDIO' | 'ONLINE', satisfied: number, basically: number, unsatisfied: number) => {
  const total = satisfied + basically + unsatisfied;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : null);
  return {
    channel: name,
    satisfied,
    basicallySatisfied: basically,
    unsatisfied,
    total,
    satisfiedPercent: pct(satisfied),
    basicallySatisfiedPercent: pct(basically),
    unsatisfiedPercent: pct(unsatisfied),
    satisfactionRate: pct(satisfied + basically),
  };
};

describe('resultRows', () => {
  it('gives each channel its shares and a combined row weighted as the composite', () => {
    const result: DisclosureResult = {
      composite: 54,
      outcome: 'UNSATISFIED',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 1, 1, 2), channel('ONLINE', 3, 1, 1)],
      quorum: null,
    };
    const [studio, online, combined] = resultRows(result);
    expect(studio).toMatchObject({
      key: 'STUDIO',
      total: 4,
      rate: 50,
      percents: { SATISFIED: 25, BASICALLY_SATISFIED: 25, UNSATISFIED: 50 },
    });
    expect(online).toMatchObject({ key: 'ONLINE', total: 5, rate: 80, counts: { SATISFIED: 3 } });
    // 满意 25 × 0.6 + 60 × 0.4 = 39; 不满意 50 × 0.6 + 20 × 0.4 = 38.
    expect(combined).toMatchObject({
      key: 'COMBINED',
      total: 9,
      rate: 54,
      percents: { SATISFIED: 39, BASICALLY_SATISFIED: 23, UNSATISFIED: 38 },
    });
  });

  it('gives a channel without votes no weight, and no votes at all no numbers', () => {
    const onlineOnly = resultRows({
      composite: 33.3,
      outcome: 'UNSATISFIED',
      threshold: 60,
      studioWeight: 0,
      onlineWeight: 100,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 1, 0, 2)],
      quorum: null,
    });
    expect(onlineOnly[2]!.percents).toEqual({ SATISFIED: 33.3, BASICALLY_SATISFIED: 0, UNSATISFIED: 66.7 });
    const none = resultRows({
      composite: null,
      outcome: 'NO_VOTES',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 0, 0, 0)],
      quorum: null,
    });
    expect(none[2]).toMatchObject({ total: 0, rate: null, percents: { SATISFIED: null } });
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(33.333)).toBe('33.3%');
  });

  it('leaves out a channel that missed its quorum: its votes are shown, the combined row is the other channel', () => {
    const rows = resultRows({
      composite: 80,
      outcome: 'SATISFIED',
      threshold: 60,
      studioWeight: 0,
      onlineWeight: 100,
      channels: [channel('STUDIO', 0, 0, 1), channel('ONLINE', 3, 1, 1)],
      quorum: {
        studioElectorate: 3,
        studioRule: 'MAJORITY',
        studioRequired: 2,
        studioMissed: true,
        onlineRequired: 0,
        onlineMissed: false,
        fallback: 'OTHER_CHANNEL',
      },
    });
    expect(rows[0]).toMatchObject({ key: 'STUDIO', total: 1 });
    expect(rows[2]).toMatchObject({
      key: 'COMBINED',
      total: 6,
      rate: 80,
      percents: { SATISFIED: 60, BASICALLY_SATISFIED: 20, UNSATISFIED: 20 },
    });
  });

  it('has no combined shares when the rules left the round without a valid result', () => {
    const rows = resultRows({
      composite: null,
      outcome: 'NO_VOTES',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 1, 0, 0)],
      quorum: {
        studioElectorate: 0,
        studioRule: 'MAJORITY',
        studioRequired: 1,
        studioMissed: true,
        onlineRequired: 3,
        onlineMissed: true,
        fallback: 'NO_RESULT',
      },
    });
    expect(rows[2]).toMatchObject({
      key: 'COMBINED',
      total: 1,
      rate: null,
      percents: { SATISFIED: null, BASICALLY_SATISFIED: null, UNSATISFIED: null },
    });
  });
});

describe('the public timeline', () => {
  it('sets the notice apart and leaves out staff bookkeeping', () => {
    expect(publicStepTone('NOTICE')).toBe('notice');
    expect(publicStepTone('REOPENED')).toBe('alert');
    expect(publicSteps([{ action: 'CREATED' }, { action: 'EDITED' }, { action: 'DISPATCHED' }]).map((s) => s.action)).toEqual([
      'CREATED',
      'DISPATCHED',
    ]);
  });
});
