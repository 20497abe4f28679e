// 部门排名: the department league table. The formula lives here, once; the API states it, the web
// page and the exports show it, and league.test.ts checks it against figures worked out by hand.

/** The weight of each part of the score; they add up to 1. */
export const leagueWeights = { satisfaction: 0.6, onTime: 0.3, notReopened: 0.1 } as const;

export const leagueFormula =
  'score = 60% × S + 30% × T + 10% × R, on a 0–100 scale. ' +
  'S: the mean composite satisfaction rate (%) of the questions the department answered in regular sessions held in the period (rounds closed with votes; 回头看 look-back votes count through R instead). ' +
  'T: the follow-up on-time rate (%): of its top-level items dispatched with a deadline in the period that are due (deadline passed, or report handed in), the share whose standing report for the current handling round was handed in by the deadline. ' +
  'R: 100% minus the reopened share (%): of those items, the share not sent to a second handling (二次办理). ' +
  'A part without data is left out and the weights of the others are scaled up to add up to 100%; a department with no part is listed without a rank. ' +
  'Equal scores (to one decimal) are ordered by higher S, then higher T, then higher R, then more questions, then name and id.';

export const leagueFormulaZh =
  '综合得分 = 60% × S + 30% × T + 10% × R（百分制）。' +
  'S：本期内常规问政活动中该部门应询问题的综合满意率平均值（仅计有有效票的已结束测评；回头看测评通过 R 体现）；' +
  'T：督办事项按期办结率，即办理期限在本期内、已交办的督办事项中，已到期（期限已过或已报送整改报告）事项里，本轮办理的有效整改报告在期限前报送的比例；' +
  'R：100% 减去二次办理（重新办理）事项占比。' +
  '某项无数据时不计入，其余各项权重按比例放大至 100%；三项均无数据的部门不参与排名。' +
  '得分（保留一位小数）相同时，依次按 S、T、R 由高到低，应询问题数由多到少，部门名称、编号排序。';

export interface LeagueInput {
  departmentId: string;
  name: string;
  shortName: string;
  /** Mean composite satisfaction (%), null without answered questions. */
  satisfaction: number | null;
  questions: number;
  /** Items dispatched with a deadline in the period, and of them: due, on time, reopened. */
  items: number;
  due: number;
  onTime: number;
  reopened: number;
  /** Shown beside the score, not part of it: answered items, and closed items judged / called solved by their submitters. */
  answered: number;
  judged: number;
  resolved: number;
}

export interface LeagueRow {
  rank: number | null;
  departmentId: string;
  name: string;
  shortName: string;
  score: number | null;
  satisfaction: number | null;
  onTimeRate: number | null;
  notReopenedRate: number | null;
  questions: number;
  items: number;
  due: number;
  onTime: number;
  reopened: number;
  answerRate: number | null;
  resolveRate: number | null;
}

/** One decimal, as every percentage the product shows. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
export const percent = (part: number, whole: number) => (whole === 0 ? null : round1((part / whole) * 100));

const descending = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Scores and ranks departments by the formula above; every department given is listed. */
export function rankDepartments(departments: LeagueInput[]): LeagueRow[] {
  const rows = departments.map((d): LeagueRow => {
    const onTimeRate = d.due > 0 ? (d.onTime / d.due) * 100 : null;
    const notReopenedRate = d.items > 0 ? (1 - d.reopened / d.items) * 100 : null;
    const parts: [number | null, number][] = [
      [d.satisfaction, leagueWeights.satisfaction],
      [onTimeRate, leagueWeights.onTime],
      [notReopenedRate, leagueWeights.notReopened],
    ];
    const present = parts.filter((p): p is [number, number] => p[0] !== null);
    const weight = present.reduce((sum, [, w]) => sum + w, 0);
    const score = present.length ? present.reduce((sum, [value, w]) => sum + value * w, 0) / weight : null;
    return {
      rank: null,
      departmentId: d.departmentId,
      name: d.name,
      shortName: d.shortName,
      score: score === null ? null : round1(score),
      satisfaction: d.satisfaction === null ? null : round1(d.satisfaction),
      onTimeRate: onTimeRate === null ? null : round1(onTimeRate),
      notReopenedRate: notReopenedRate === null ? null : round1(notReopenedRate),
      questions: d.questions,
      items: d.items,
      due: d.due,
      onTime: d.onTime,
      reopened: d.reopened,
      answerRate: percent(d.answered, d.items),
      resolveRate: percent(d.resolved, d.judged),
    };
  });
  rows.sort(
    (a, b) =>
      descending(a.score, b.score) ||
      descending(a.satisfaction, b.satisfaction) ||
      descending(a.onTimeRate, b.onTimeRate) ||
      descending(a.notReopenedRate, b.notReopenedRate) ||
      b.questions - a.questions ||
      byCodePoint(a.name, b.name) ||
      byCodePoint(a.departmentId, b.departmentId),
  );
  let rank = 0;
  for (const row of rows) if (row.score !== null) row.rank = ++rank;
  return rows;
}
