import type { ClueVolumes, DepartmentStatsRow, FollowUpStats, SessionStatsRow, YearStatsRow } from './operations';

// What the statistics page draws, as plain data: the points of each chart from the server's figures
// (nothing here recomputes a rate the server gives) and the ECharts option for them, so both are
// tested without a canvas.

export const STATS_COLORS = {
  composite: '#b3261e',
  studio: '#d9822b',
  online: '#2f6fb0',
  onTime: '#2e8b57',
  late: '#e0a526',
  overdue: '#c62828',
  notDue: '#a9b4c2',
  neutral: '#5b6b82',
} as const;

const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const INK = '#4e5969';
const GRID = '#e5e6eb';

/** One point of the satisfaction trend: a session or a year. */
export interface TrendPoint {
  key: string;
  label: string;
  composite: number | null;
  studioRate: number | null;
  onlineRate: number | null;
  studioVotes: number;
  onlineVotes: number;
}

const shortDate = (iso: string) => {
  const date = new Date(iso);
  return `${date.getFullYear()}.${date.getMonth() + 1}.${date.getDate()}`;
};

/** Sessions oldest first (the server lists them newest first), labelled with their date and title. */
export function sessionTrend(sessions: readonly SessionStatsRow[]): TrendPoint[] {
  return [...sessions].reverse().map((s) => ({
    key: s.sessionId,
    // Two lines on the axis: the date, then the title (shortened by the chart when long).
    label: `${shortDate(s.scheduledAt)}\n${s.title}`,
    composite: s.composite,
    studioRate: s.studio.satisfactionRate,
    onlineRate: s.online.satisfactionRate,
    studioVotes: s.studio.total,
    onlineVotes: s.online.total,
  }));
}

export function yearTrend(years: readonly YearStatsRow[]): TrendPoint[] {
  return years.map((y) => ({
    key: String(y.year),
    label: String(y.year),
    composite: y.composite,
    studioRate: y.studio.satisfactionRate,
    onlineRate: y.online.satisfactionRate,
    studioVotes: y.studio.total,
    onlineVotes: y.online.total,
  }));
}

/** Follow-up items split into parts that add up to all of them: on time, late, overdue, not yet due. */
export interface FollowUpSlices {
  onTime: number;
  late: number;
  overdue: number;
  notDue: number;
}

export function followUpSlices(stats: Pick<FollowUpStats, 'items' | 'due' | 'onTime' | 'overdue'>): FollowUpSlices {
  return {
    onTime: stats.onTime,
    overdue: stats.overdue,
    // Due, not on time and not open past the deadline: reported late, or returned.
    late: Math.max(0, stats.due - stats.onTime - stats.overdue),
    notDue: Math.max(0, stats.items - stats.due),
  };
}

/** Departments with something to show, best satisfaction first (none last). */
export function departmentBars(rows: readonly DepartmentStatsRow[]) {
  return rows
    .filter((d) => d.rounds > 0 || d.followUp.items > 0)
    .map((d) => ({
      key: d.departmentId,
      label: d.shortName,
      composite: d.composite,
      onTimeRate: d.followUp.onTimeRate,
    }))
    .sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1) || a.label.localeCompare(b.label, 'zh-CN'));
}

export interface ChartLabels {
  composite: string;
  studio: string;
  online: string;
  studioVotes: string;
  onlineVotes: string;
  satisfaction: string;
  onTimeRate: string;
  slices: Record<keyof FollowUpSlices, string>;
  category: (code: string) => string;
  outcome: (code: string) => string;
  count: string;
}

const percentAxis = {
  type: 'value' as const,
  min: 0,
  max: 100,
  axisLabel: { color: INK, formatter: '{value}%' },
  splitLine: { lineStyle: { color: GRID } },
};
const base = { animationDuration: 400, textStyle: { fontFamily: FONT, color: INK }, tooltip: { trigger: 'axis' as const, confine: true } };
const legend = (names: string[]) => ({ top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: INK }, data: names });
const categoryAxis = (labels: string[]) => ({
  type: 'category' as const,
  data: labels,
  axisLabel: { color: INK, interval: 0, width: 120, overflow: 'truncate' as const, lineHeight: 16, hideOverlap: true },
  axisLine: { lineStyle: { color: GRID } },
  axisTick: { show: false },
});

/** Satisfaction trend: composite, studio and online rates, one point per session or year. */
export function trendOption(points: readonly TrendPoint[], labels: ChartLabels) {
  const line = (name: string, color: string, values: (number | null)[], width: number) => ({
    name,
    type: 'line' as const,
    data: values,
    connectNulls: true,
    symbolSize: 8,
    lineStyle: { width, color },
    itemStyle: { color },
    label: { show: width > 2, position: 'top' as const, color, fontWeight: 600 as const, formatter: '{c}' },
  });
  return {
    ...base,
    tooltip: { ...base.tooltip, valueFormatter: (value: unknown) => (value == null ? '—' : `${value}%`) },
    legend: legend([labels.composite, labels.studio, labels.online]),
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: categoryAxis(points.map((p) => p.label)),
    yAxis: percentAxis,
    series: [
      line(
        labels.composite,
        STATS_COLORS.composite,
        points.map((p) => p.composite),
        3,
      ),
      line(
        labels.studio,
        STATS_COLORS.studio,
        points.map((p) => p.studioRate),
        2,
      ),
      line(
        labels.online,
        STATS_COLORS.online,
        points.map((p) => p.onlineRate),
        2,
      ),
    ],
  };
}

/**
 * Studio against online: the votes of each channel (turnout) on one axis, so 150 studio votes look as
 * small beside 8,830 online ones as they are (two axes made them look alike); the bars carry their numbers.
 */
export function turnoutOption(points: readonly TrendPoint[], labels: ChartLabels) {
  const bar = (name: string, color: string, values: number[]) => ({
    name,
    type: 'bar' as const,
    data: values,
    barMaxWidth: 28,
    itemStyle: { color, borderRadius: [4, 4, 0, 0] },
    label: { show: points.length <= 8, position: 'top' as const, color: INK, fontSize: 11 },
  });
  return {
    ...base,
    legend: legend([labels.studioVotes, labels.onlineVotes]),
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    xAxis: categoryAxis(points.map((p) => p.label)),
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: INK }, splitLine: { lineStyle: { color: GRID } } },
    series: [
      bar(
        labels.studioVotes,
        STATS_COLORS.studio,
        points.map((p) => p.studioVotes),
      ),
      bar(
        labels.onlineVotes,
        STATS_COLORS.online,
        points.map((p) => p.onlineVotes),
      ),
    ],
  };
}

/** Per department: mean composite satisfaction and on-time rate, side by side, best first from the top. */
export function departmentOption(bars: ReturnType<typeof departmentBars>, labels: ChartLabels) {
  const ordered = [...bars].reverse(); // ECharts draws the first category at the bottom
  const bar = (name: string, color: string, values: (number | null)[]) => ({
    name,
    type: 'bar' as const,
    data: values,
    barMaxWidth: 16,
    itemStyle: { color, borderRadius: [0, 4, 4, 0] },
    label: { show: true, position: 'right' as const, color: INK, fontSize: 11, formatter: '{c}%' },
  });
  return {
    ...base,
    tooltip: { ...base.tooltip, valueFormatter: (value: unknown) => (value == null ? '—' : `${value}%`) },
    legend: legend([labels.satisfaction, labels.onTimeRate]),
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: percentAxis,
    yAxis: {
      type: 'category' as const,
      data: ordered.map((b) => b.label),
      axisLabel: { color: INK },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID } },
    },
    series: [
      bar(
        labels.satisfaction,
        STATS_COLORS.composite,
        ordered.map((b) => b.composite),
      ),
      bar(
        labels.onTimeRate,
        STATS_COLORS.onTime,
        ordered.map((b) => b.onTimeRate),
      ),
    ],
  };
}

/** A doughnut; slices of nothing are left out (the legend still names every part). */
const doughnut = (name: string, data: { name: string; value: number; itemStyle?: { color: string } }[]) => ({
  type: 'pie' as const,
  name,
  radius: ['40%', '62%'],
  center: ['50%', '57%'],
  avoidLabelOverlap: true,
  itemStyle: { borderColor: '#fff', borderWidth: 2 },
  label: { color: INK, formatter: '{b}  {c}' },
  labelLine: { length: 10, length2: 10 },
  data: data.filter((slice) => slice.value > 0),
});

/** Follow-up items: on time, late, overdue, not yet due. */
export function followUpOption(slices: FollowUpSlices, labels: ChartLabels) {
  const keys = ['onTime', 'late', 'overdue', 'notDue'] as const;
  return {
    ...base,
    tooltip: { trigger: 'item' as const, confine: true },
    legend: legend(keys.map((k) => labels.slices[k])),
    series: [
      doughnut(
        labels.count,
        keys.map((k) => ({ name: labels.slices[k], value: slices[k], itemStyle: { color: STATS_COLORS[k] } })),
      ),
    ],
  };
}

/** Clues by category, most frequent first. */
export function clueCategoryOption(volumes: Pick<ClueVolumes, 'byCategory'>, labels: ChartLabels) {
  const rows = [...volumes.byCategory].reverse();
  return {
    ...base,
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: INK }, splitLine: { lineStyle: { color: GRID } } },
    yAxis: {
      type: 'category' as const,
      data: rows.map((r) => labels.category(r.category)),
      axisLabel: { color: INK },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID } },
    },
    series: [
      {
        name: labels.count,
        type: 'bar' as const,
        data: rows.map((r) => r.count),
        barMaxWidth: 16,
        itemStyle: { color: STATS_COLORS.online, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right' as const, color: INK },
      },
    ],
  };
}

const outcomeColors: Record<string, string> = {
  SUBMITTED: STATS_COLORS.notDue,
  ACCEPTED: STATS_COLORS.onTime,
  MERGED: STATS_COLORS.online,
  REJECTED: STATS_COLORS.overdue,
  REFERRED: STATS_COLORS.late,
};

/** Clues by outcome of triage. */
export function clueOutcomeOption(volumes: Pick<ClueVolumes, 'byOutcome'>, labels: ChartLabels) {
  return {
    ...base,
    tooltip: { trigger: 'item' as const, confine: true },
    legend: legend(volumes.byOutcome.map((r) => labels.outcome(r.status))),
    series: [
      doughnut(
        labels.count,
        volumes.byOutcome.map((r) => ({
          name: labels.outcome(r.status),
          value: r.count,
          itemStyle: { color: outcomeColors[r.status] ?? STATS_COLORS.neutral },
        })),
      ),
    ],
  };
}

/** A percentage as the server gave it (one decimal), or a dash. */
export const formatRate = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)}%`);
