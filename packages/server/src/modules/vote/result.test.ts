import { describe, expect, it } from 'vitest';
import { computeResult, emptyCounts } from './result.js';

const settings = { studioWeight: 60, onlineWeight: 40, satisfiedThreshold: 60 };

describe('a round result', () => {
  it('computes per-channel percentages and the satisfaction rate (满意 + 基本满意) / valid votes', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 10, BASICALLY_SATISFIED: 5, UNSATISFIED: 5 };
    const studio = computeResult(counts, settings).channels[0]!;
    expect(studio).toEqual({
      channel: 'STUDIO', satisfied: 10, basicallySatisfied: 5, unsatisfied: 5, total: 20,
      satisfiedPercent: 50, basicallySatisfiedPercent: 25, unsatisfiedPercent: 25, satisfactionRate: 75,
    });
  });

  it('weights the channels with the published weights', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 8, BASICALLY_SATISFIED: 0, UNSATISFIED: 2 }; // 80 %
    counts.ONLINE = { SATISFIED: 300, BASICALLY_SATISFIED: 200, UNSATISFIED: 500 }; // 50 %
    const result = computeResult(counts, settings);
    expect(result.composite).toBe(68); // 0.6 × 80 + 0.4 × 50
    expect(result.outcome).toBe('SATISFIED');
    expect([result.studioWeight, result.onlineWeight]).toEqual([60, 40]);
  });

  it('counts a composite below the threshold as unsatisfied', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 5, BASICALLY_SATISFIED: 0, UNSATISFIED: 5 }; // 50 %
    counts.ONLINE = { SATISFIED: 6, BASICALLY_SATISFIED: 0, UNSATISFIED: 4 }; // 60 %
    const result = computeResult(counts, settings);
    expect(result.composite).toBe(54);
    expect(result.outcome).toBe('UNSATISFIED');
  });

  it('gives a channel without votes no weight, and reports no votes at all', () => {
    const counts = emptyCounts();
    counts.ONLINE = { SATISFIED: 1, BASICALLY_SATISFIED: 1, UNSATISFIED: 2 };
    const onlineOnly = computeResult(counts, settings);
    expect([onlineOnly.composite, onlineOnly.studioWeight, onlineOnly.onlineWeight, onlineOnly.outcome]).toEqual([50, 0, 100, 'UNSATISFIED']);
    const none = computeResult(emptyCounts(), settings);
    expect([none.composite, none.outcome, none.channels[0]!.satisfactionRate]).toEqual([null, 'NO_VOTES', null]);
  });

  it('treats a composite exactly at the threshold as satisfied', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 3, BASICALLY_SATISFIED: 3, UNSATISFIED: 4 };
    expect(computeResult(counts, { ...settings, onlineWeight: 0, studioWeight: 100 }).outcome).toBe('SATISFIED');
  });
});
