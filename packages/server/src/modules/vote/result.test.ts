import { describe, expect, it } from 'vitest';
import { computeResult, emptyCounts, quorumNote, studioBallotsRequired } from './result.js';

const settings = { studioWeight: 60, onlineWeight: 40, satisfiedThreshold: 60 };

describe('a round result', () => {
  it('computes per-channel percentages and the satisfaction rate (满意 + 基本满意) / valid votes', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 10, BASICALLY_SATISFIED: 5, UNSATISFIED: 5 };
    const studio = computeResult(counts, settings).channels[0]!;
    expect(studio).toEqual({
      channel: 'STUDIO',
      satisfied: 10,
      basicallySatisfied: 5,
      unsatisfied: 5,
      total: 20,
      satisfiedPercent: 50,
      basicallySatisfiedPercent: 25,
      unsatisfiedPercent: 25,
      satisfactionRate: 75,
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
    expect([onlineOnly.composite, onlineOnly.studioWeight, onlineOnly.onlineWeight, onlineOnly.outcome]).toEqual([
      50,
      0,
      100,
      'UNSATISFIED',
    ]);
    const none = computeResult(emptyCounts(), settings);
    expect([none.composite, none.outcome, none.channels[0]!.satisfactionRate]).toEqual([null, 'NO_VOTES', null]);
  });

  it('treats a composite exactly at the threshold as satisfied', () => {
    const counts = emptyCounts();
    counts.STUDIO = { SATISFIED: 3, BASICALLY_SATISFIED: 3, UNSATISFIED: 4 };
    expect(computeResult(counts, { ...settings, onlineWeight: 0, studioWeight: 100 }).outcome).toBe('SATISFIED');
  });
});

describe('the quorum rules published before the show', () => {
  const ruled = { ...settings, studioQuorum: 'MAJORITY' as const, minOnlineBallots: 0, quorumFallback: 'OTHER_CHANNEL' as const };
  const votes = (studio: [number, number, number], online: [number, number, number]) => {
    const counts = emptyCounts();
    [counts.STUDIO.SATISFIED, counts.STUDIO.BASICALLY_SATISFIED, counts.STUDIO.UNSATISFIED] = studio;
    [counts.ONLINE.SATISFIED, counts.ONLINE.BASICALLY_SATISFIED, counts.ONLINE.UNSATISFIED] = online;
    return counts;
  };

  it('needs more than half of the roll for 过半数, and two thirds for TWO_THIRDS', () => {
    expect([10, 11, 30, 0].map((n) => studioBallotsRequired('MAJORITY', n))).toEqual([6, 6, 16, 1]);
    expect([9, 10, 30, 0].map((n) => studioBallotsRequired('TWO_THIRDS', n))).toEqual([6, 7, 20, 1]);
    expect(studioBallotsRequired('NONE', 30)).toBe(1);
  });

  it('counts the studio once more than half the roll voted', () => {
    const result = computeResult(votes([16, 0, 0], [0, 0, 10]), ruled, 30); // studio 100 %, online 0 %
    expect([result.composite, result.studioWeight, result.quorum?.studioMissed]).toEqual([60, 60, false]);
    expect(quorumNote(result)).toBeNull();
  });

  it('passes the weight of a studio under its quorum to the online vote, and says so in words', () => {
    const result = computeResult(votes([15, 0, 0], [0, 0, 10]), ruled, 30); // 15 of 30 is not more than half
    expect([result.composite, result.studioWeight, result.onlineWeight, result.outcome]).toEqual([0, 0, 100, 'UNSATISFIED']);
    expect(quorumNote(result)).toBe('现场参评 15 人，未过名册 30 人的半数（需 16 人），按网络测评结果计');
  });

  it('says plainly when the studio has no roll', () => {
    expect(quorumNote(computeResult(votes([0, 0, 0], [3, 0, 0]), ruled, 0))).toBe('现场测评未设名册，按网络测评结果计');
  });

  it('voids the round when a channel misses its minimum under NO_RESULT', () => {
    const result = computeResult(votes([20, 0, 0], [5, 0, 0]), { ...ruled, minOnlineBallots: 100, quorumFallback: 'NO_RESULT' }, 30);
    expect([result.composite, result.outcome, result.quorum?.onlineMissed]).toEqual([null, 'NO_VOTES', true]);
    expect(quorumNote(result)).toBe('网络测评 5 票，未达最低 100 票，按事先公布的规则本轮测评无有效结果');
  });

  it('sets no minimum for a channel without weight, and keeps the old rule for rounds run before quorum rules', () => {
    const studioOnly = computeResult(
      votes([2, 0, 0], [0, 0, 0]),
      { ...ruled, studioWeight: 100, onlineWeight: 0, minOnlineBallots: 50, quorumFallback: 'NO_RESULT' },
      3,
    );
    expect([studioOnly.composite, studioOnly.quorum?.onlineMissed]).toEqual([100, false]);
    const before = computeResult(votes([1, 0, 0], [0, 0, 1]), settings, 30); // no studioQuorum in the stored settings
    expect([before.composite, before.quorum?.studioRule]).toEqual([60, 'NONE']);
  });
});

describe('grades and 票决', () => {
  const graded = { ...settings, studioWeight: 100, onlineWeight: 0, satisfiedGrade: 80 };
  const studio = (counts: Record<string, number>) => ({ ...emptyCounts(), STUDIO: counts });

  it('grades 满意 at or above the upper line, 基本满意 between the lines, 不满意 below', () => {
    const grade = (s: number, u: number) => computeResult(studio({ SATISFIED: s, UNSATISFIED: u }), graded).outcome;
    expect([grade(8, 2), grade(7, 3), grade(6, 4), grade(5, 5)]).toEqual([
      'SATISFIED',
      'BASICALLY_SATISFIED',
      'BASICALLY_SATISFIED',
      'UNSATISFIED',
    ]);
  });

  const approval = { type: 'APPROVAL' as const, candidates: [], maxChoices: 1 };
  it('passes a motion only with more than the share, of the valid ballots or of the whole roll, and says a tie in words', () => {
    const motion = studio({ FOR: 5, AGAINST: 4, ABSTAIN: 1 });
    expect(computeResult(motion, graded, 12, approval).outcome).toBe('REJECTED'); // 5 of 10 valid ballots is not more than half
    expect(computeResult(studio({ FOR: 5, AGAINST: 5 }), graded, 12, approval)).toMatchObject({
      outcome: 'REJECTED',
      note: '赞成与反对票数相同，赞成票未超过半数，不通过',
    });
    const roll = { ...graded, passingBase: 'WHOLE_ROLL' as const };
    expect(computeResult(studio({ FOR: 6, AGAINST: 0 }), roll, 12, approval)).toMatchObject({ outcome: 'REJECTED', composite: 50 }); // 6 of 12
    expect(computeResult(studio({ FOR: 7, AGAINST: 0 }), roll, 12, approval)).toMatchObject({ outcome: 'PASSED', composite: 58.3 });
  });

  it('elects up to N candidates above the share, most votes first, and none of those tied for the last seat', () => {
    const list = {
      type: 'CHOOSE_UP_TO_N' as const,
      candidates: ['甲', '乙', '丙', '丁'].map((label) => ({ label, detail: null, departmentId: null })),
      maxChoices: 2,
    };
    // Twelve ballots: 甲 9, 乙 7, 丙 7, 丁 1.
    const counts = studio({ 'P:0,1': 4, 'P:0,2': 4, 'P:1,2': 3, 'P:0,3': 1 });
    const result = computeResult(counts, graded, 0, list);
    expect(result.options.map((o) => [o.label, o.studio, o.elected])).toEqual([
      ['甲', 9, true],
      ['乙', 7, false],
      ['丙', 7, false],
      ['丁', 1, false],
    ]);
    expect(result.outcome).toBe('TIED');
    expect(result.note).toBe('乙、丙得票相同，争剩余 1 个名额，按事先公布的规则另行表决');
    expect(result.channels[0]!.total).toBe(12); // ballots, not picks
  });
});
