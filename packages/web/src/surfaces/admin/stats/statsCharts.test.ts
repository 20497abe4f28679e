import { describe, expect, it } from 'vitest';
import {
  clueCategoryOption,
  departmentBars,
  departmentOption,
  followUpOption,
  followUpSlices,
  formatRate,
  sessionTrend,
  trendOption,
  turnoutOption,
  yearTrend,
  type ChartLabels,
} from './statsCharts';
import type { DepartmentStatsRow, SessionStatsRow } from './operations';

const labels: ChartLabels = {
  composite: '综合',
  studio: '现场',
  online: '网络',
  studioVotes: '现场票数',
  onlineVotes: '网络票数',
  satisfaction: '满意度',
  onTimeRate: '按期率',
  slices: { onTime: '按期', late: '逾期报送', overdue: '逾期未办', notDue: '未到期' },
  category: (code) => `类:${code}`,
  outcome: (code) => `果:${code}`,
  count: '数量',
};

const session = (
  id: string,
  scheduledAt: string,
  composite: number | null,
  studio: [number, number | null],
  online: [number, number | null],
): SessionStatsRow => ({
  sessionId: id,
  title: `第${id}期`,
  kind: 'TV_QUESTIONING',
  scheduledAt,
  questions: 3,
  rounds: 3,
  composite,
  satisfiedOutcomes: 2,
  unsatisfiedOutcomes: 1,
  studioTurnoutRate: 90,
  studio: { total: studio[0], satisfactionRate: studio[1] },
  online: { total: online[0], satisfactionRate: online[1] },
});

describe('the satisfaction trend', () => {
  const sessions = [
    session('2', '2025-09-01T02:00:00Z', 61, [40, 65], [200, 55]),
    session('1', '2024-06-15T02:00:00Z', 77, [20, 75], [50, 80]),
  ];

  it('runs oldest to newest with the server’s rates, unchanged', () => {
    const points = sessionTrend(sessions);
    expect(points.map((p) => [p.key, p.composite, p.studioRate, p.onlineRate, p.studioVotes, p.onlineVotes])).toEqual([
      ['1', 77, 75, 80, 20, 50],
      ['2', 61, 65, 55, 40, 200],
    ]);
    expect(points[0]!.label).toBe('2024.6.15\n第1期');
  });

  it('draws three lines on a 0–100% axis', () => {
    const option = trendOption(sessionTrend(sessions), labels);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['综合', [77, 61]],
      ['现场', [75, 65]],
      ['网络', [80, 55]],
    ]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.xAxis.data).toEqual(['2024.6.15\n第1期', '2025.9.1\n第2期']);
  });

  it('puts studio and online votes on one axis, so their sizes compare truly', () => {
    const option = turnoutOption(sessionTrend(sessions), labels);
    expect(Array.isArray(option.yAxis)).toBe(false);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['现场票数', [20, 40]],
      ['网络票数', [50, 200]],
    ]);
  });

  it('takes years as they come', () => {
    const points = yearTrend([
      {
        year: 2024,
        sessions: 1,
        rounds: 1,
        composite: 77,
        studio: { total: 20, satisfactionRate: 75 },
        online: { total: 50, satisfactionRate: 80 },
      },
    ]);
    expect(points).toEqual([
      { key: '2024', label: '2024', composite: 77, studioRate: 75, onlineRate: 80, studioVotes: 20, onlineVotes: 50 },
    ]);
  });
});

describe('departments', () => {
  const dept = (
    id: string,
    shortName: string,
    rounds: number,
    composite: number | null,
    items: number,
    onTimeRate: number | null,
  ): DepartmentStatsRow => ({
    departmentId: id,
    shortName,
    rounds,
    composite,
    followUp: { items, due: items, onTimeRate, overdue: 0, reopened: 0 },
  });

  it('leaves out departments without anything in the period and puts the most satisfied on top', () => {
    const bars = departmentBars([
      dept('a', '住建局', 2, 56.5, 4, 33.3),
      dept('b', '城管局', 2, 68, 5, 50),
      dept('c', '市场监管局', 0, null, 0, null),
      dept('d', '水务局', 0, null, 1, 100),
    ]);
    expect(bars.map((b) => b.label)).toEqual(['城管局', '住建局', '水务局']);
    const option = departmentOption(bars, labels);
    // The chart's first category is drawn at the bottom, so the list is reversed for it.
    expect(option.yAxis.data).toEqual(['水务局', '住建局', '城管局']);
    expect(option.series.map((s) => s.data)).toEqual([
      [null, 56.5, 68],
      [100, 33.3, 50],
    ]);
  });
});

describe('follow-up items', () => {
  it('splits the items into on time, late, overdue and not yet due, adding up to all of them', () => {
    // The fixture of the server's tests: 9 items, 7 due, 3 on time, 2 overdue.
    const slices = followUpSlices({ items: 9, due: 7, onTime: 3, overdue: 2 });
    expect(slices).toEqual({ onTime: 3, late: 2, overdue: 2, notDue: 2 });
    const option = followUpOption(slices, labels);
    expect(option.series[0]!.data.map((d) => [d.name, d.value])).toEqual([
      ['按期', 3],
      ['逾期报送', 2],
      ['逾期未办', 2],
      ['未到期', 2],
    ]);
  });

  it('draws no slice for a part without items, while the legend names every part', () => {
    const option = followUpOption(followUpSlices({ items: 2, due: 1, onTime: 1, overdue: 0 }), labels);
    expect(option.series[0]!.data.map((d) => d.name)).toEqual(['按期', '未到期']);
    expect(option.legend.data).toEqual(['按期', '逾期报送', '逾期未办', '未到期']);
  });
});

describe('clues', () => {
  it('names categories in the page’s language, most frequent on top', () => {
    const option = clueCategoryOption(
      {
        byCategory: [
          { category: 'PARKING', categoryName: '停车管理', categoryNameEn: 'Parking', count: 3 },
          { category: 'FEES', categoryName: '收费公示', categoryNameEn: 'Fees and disclosure', count: 1 },
        ],
      },
      labels,
    );
    expect(option.yAxis.data).toEqual(['类:FEES', '类:PARKING']);
    expect(option.series[0]!.data).toEqual([1, 3]);
  });
});

it('shows a rate with one decimal, or a dash', () => {
  expect(formatRate(57.3)).toBe('57.3%');
  expect(formatRate(100)).toBe('100.0%');
  expect(formatRate(null)).toBe('—');
});
