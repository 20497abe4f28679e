import { describe, expect, it } from 'vitest';
import { rankDepartments, type LeagueInput } from './league.js';

const department = (name: string, fields: Partial<LeagueInput>): LeagueInput => ({
  departmentId: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
  name,
  shortName: name,
  satisfaction: null,
  questions: 0,
  items: 0,
  due: 0,
  onTime: 0,
  reopened: 0,
  answered: 0,
  judged: 0,
  resolved: 0,
  ...fields,
});

describe('the league formula', () => {
  it('weighs S 60%, T 30% and R 10%', () => {
    // 0.6 × 80 + 0.3 × (3/4 = 75) + 0.1 × (1 − 1/5 = 80) = 48 + 22.5 + 8
    const [row] = rankDepartments([department('甲', { satisfaction: 80, questions: 2, items: 5, due: 4, onTime: 3, reopened: 1 })]);
    expect(row).toMatchObject({ rank: 1, score: 78.5, satisfaction: 80, onTimeRate: 75, notReopenedRate: 80 });
  });

  it('shows 答复率 and 解决率 beside the score without counting them in it', () => {
    const base = { satisfaction: 80, questions: 2, items: 4, due: 4, onTime: 4 };
    const [row] = rankDepartments([department('甲', { ...base, answered: 3, judged: 2, resolved: 1 })]);
    const [same] = rankDepartments([department('甲', base)]);
    expect(row).toMatchObject({ answerRate: 75, resolveRate: 50, score: same!.score });
    expect(same).toMatchObject({ answerRate: 0, resolveRate: null });
  });

  it('scales the other weights up when a part has no data', () => {
    const rows = rankDepartments([
      // S only: the score is S.
      department('甲', { satisfaction: 70, questions: 1 }),
      // T and R only: (0.3 × 50 + 0.1 × 100) / 0.4 = 62.5
      department('乙乙', { items: 2, due: 2, onTime: 1 }),
      // Items dispatched, none due yet: S and R, (0.6 × 40 + 0.1 × 100) / 0.7 = 48.57
      department('丙丙丙', { satisfaction: 40, questions: 1, items: 1 }),
    ]);
    expect(rows.map((r) => [r.name, r.score, r.rank])).toEqual([
      ['甲', 70, 1],
      ['乙乙', 62.5, 2],
      ['丙丙丙', 48.6, 3],
    ]);
  });

  it('breaks equal scores by S, then T, then R, then questions, then name', () => {
    const rows = rankDepartments([
      // Both 60.0: the one with the higher S goes first.
      department('低满意', { satisfaction: 50, questions: 1, items: 1, due: 1, onTime: 1 }), // (0.6 × 50 + 0.3 × 100 + 0.1 × 100) = 70
      department('高满意', { satisfaction: 70, questions: 1 }), // 70
      // Same everything but questions, then only the name differs.
      department('乙', { satisfaction: 60, questions: 1 }),
      department('甲', { satisfaction: 60, questions: 1 }),
      department('丙', { satisfaction: 60, questions: 3 }),
    ]);
    expect(rows.map((r) => `${r.rank}:${r.name}`)).toEqual(['1:高满意', '2:低满意', '3:丙', '4:乙', '5:甲']);
  });

  it('lists a department with no data last, without a rank or score', () => {
    const rows = rankDepartments([department('空', {}), department('有', { satisfaction: 10, questions: 1 })]);
    expect(rows.map((r) => [r.name, r.rank, r.score])).toEqual([
      ['有', 1, 10],
      ['空', null, null],
    ]);
  });
});
