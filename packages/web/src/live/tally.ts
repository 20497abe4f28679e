import type { Channel, Choice, LiveRoundResultFieldsFragment, LiveRoundTallyFieldsFragment } from '../gql/graphql';
import { CHOICES } from './ballot';

// Live counts of a round: which update to keep (for the light surfaces' socket and the host's
// urql alike) and what the broadcast screen and phones draw from it. Every number shown comes from
// the server's result; nothing here recomputes a percentage or a rate.

export type RoundTally = LiveRoundTallyFieldsFragment;
export type RoundResult = LiveRoundResultFieldsFragment;

export const CHANNELS = ['STUDIO', 'ONLINE'] as const satisfies readonly Channel[];

/**
 * The tally to show after `next` arrives: updates carry a sequence per round, and one older than
 * the tally on show is dropped. A tally of another round replaces it.
 */
export function acceptTally<T extends Pick<RoundTally, 'roundId' | 'sequence'>>(current: T | null, next: T): T {
  if (current && current.roundId === next.roundId && next.sequence < current.sequence) return current;
  return next;
}

export interface TallyBar {
  choice: Choice;
  count: number;
  /** The server's percentage of the channel's valid votes; null before any vote. */
  percent: number | null;
}

export interface TallySeries {
  channel: Channel;
  total: number;
  satisfactionRate: number | null;
  bars: TallyBar[];
}

const countOf = (row: RoundResult['channels'][number], choice: Choice) =>
  choice === 'SATISFIED' ? row.satisfied : choice === 'BASICALLY_SATISFIED' ? row.basicallySatisfied : row.unsatisfied;
const percentOf = (row: RoundResult['channels'][number], choice: Choice) =>
  choice === 'SATISFIED' ? row.satisfiedPercent : choice === 'BASICALLY_SATISFIED' ? row.basicallySatisfiedPercent : row.unsatisfiedPercent;

/** One series per channel (studio first), each with a bar per choice in the order 满意, 基本满意, 不满意. */
export function tallySeries(result: RoundResult): TallySeries[] {
  return CHANNELS.map((channel) => {
    const row = result.channels.find((c) => c.channel === channel);
    return {
      channel,
      total: row?.total ?? 0,
      satisfactionRate: row?.satisfactionRate ?? null,
      bars: CHOICES.map((choice) => ({ choice, count: row ? countOf(row, choice) : 0, percent: row ? percentOf(row, choice) : null })),
    };
  });
}

export interface Turnout {
  studioVoted: number;
  studioElectorate: number;
  /** Share of the studio electorate that has voted, 0–100, for the meter; null without an electorate. */
  studioShare: number | null;
  onlineVoted: number;
}

export function turnout(tally: Pick<RoundTally, 'studioVoted' | 'studioElectorate' | 'onlineVoted'>): Turnout {
  const { studioVoted, studioElectorate, onlineVoted } = tally;
  return {
    studioVoted,
    studioElectorate,
    studioShare: studioElectorate > 0 ? Math.min(100, (studioVoted / studioElectorate) * 100) : null,
    onlineVoted,
  };
}

/** A percentage as the server gave it (one decimal), or a dash when there is none. */
export function formatPercent(value: number | null | undefined, dash = '—'): string {
  return value == null ? dash : `${value.toFixed(1)}%`;
}

export interface ChartLabels {
  choices: Record<Choice, string>;
  channels: Record<Channel, string>;
  /** The label on a bar: its count and the server's percentage. */
  bar: (count: number, percent: string) => string;
}

export interface ChartStyle {
  fontFamily: string;
  fontSize: number;
  text: string;
  grid: string;
  colors: Record<Channel, string>;
}

/**
 * The ECharts option for a grouped bar chart: the three choices on the axis, a bar per channel.
 * Plain data, so it is tested without a canvas; animation stays short so live updates read as
 * movement rather than lag.
 */
export function tallyChartOption(series: TallySeries[], labels: ChartLabels, style: ChartStyle) {
  const text = { color: style.text, fontFamily: style.fontFamily, fontSize: style.fontSize };
  return {
    animationDuration: 300,
    animationDurationUpdate: 300,
    textStyle: { fontFamily: style.fontFamily },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 28,
      itemHeight: 18,
      textStyle: text,
      data: series.map((s) => labels.channels[s.channel]),
    },
    grid: { left: 8, right: 8, top: style.fontSize * 2.6, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category' as const,
      data: CHOICES.map((choice) => labels.choices[choice]),
      axisLabel: { ...text, fontWeight: 600 as const, margin: 18 },
      axisLine: { lineStyle: { color: style.grid } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { ...text, fontSize: Math.round(style.fontSize * 0.7) },
      splitLine: { lineStyle: { color: style.grid } },
    },
    series: series.map((s) => ({
      name: labels.channels[s.channel],
      type: 'bar' as const,
      barMaxWidth: 120,
      barGap: '12%',
      itemStyle: { color: style.colors[s.channel], borderRadius: [6, 6, 0, 0] },
      label: { show: true, position: 'top' as const, ...text, fontWeight: 700 as const },
      data: s.bars.map((bar) => ({ value: bar.count, label: { formatter: labels.bar(bar.count, formatPercent(bar.percent)) } })),
    })),
  };
}
