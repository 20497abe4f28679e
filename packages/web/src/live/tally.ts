import type { Channel, Choice, LiveRoundResultFieldsFragment, LiveRoundTallyFieldsFragment, Outcome } from '../gql/graphql';

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

/** One answer or candidate of a round's result, as the server counted it. */
export interface OptionRow {
  /** A Choice, or a candidate's place on the ballot ("0", "1", …). */
  key: string;
  /** The Choice, when the option is one (its label is then in the viewer's language). */
  choice: Choice | null;
  /** The server's label: 满意, 赞成, or the candidate's name. */
  label: string;
  studio: number;
  online: number;
  /** Weighted share of the rule's base, in percent; null before any vote. */
  share: number | null;
  /** CHOOSE_UP_TO_N: among the candidates chosen. */
  elected: boolean;
}

const CHOICE_KEYS: readonly string[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'FOR', 'AGAINST', 'ABSTAIN'];
const asChoice = (key: string): Choice | null => (CHOICE_KEYS.includes(key) ? (key as Choice) : null);

/**
 * The result's options, in ballot order; for CHOOSE_UP_TO_N with `ranked`, the candidates chosen
 * first, then by share (ties keep ballot order), so a final list reads from the top.
 */
export function optionRows(result: Pick<RoundResult, 'options' | 'ballotType'>, ranked = false): OptionRow[] {
  const rows = result.options.map((o) => ({
    key: o.key,
    choice: asChoice(o.key),
    label: o.label,
    studio: o.studio,
    online: o.online,
    share: o.share ?? null,
    elected: o.elected === true,
  }));
  if (!ranked || result.ballotType !== 'CHOOSE_UP_TO_N') return rows;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => Number(b.row.elected) - Number(a.row.elected) || (b.row.share ?? -1) - (a.row.share ?? -1) || a.index - b.index)
    .map(({ row }) => row);
}

/** An option's name in the viewer's language: a choice's label, or the candidate's name as given. */
export function optionLabel(option: Pick<OptionRow, 'choice' | 'label'>, choices: Record<Choice, string>): string {
  return option.choice ? choices[option.choice] : option.label;
}

/** How an outcome reads: good (满意, 通过), middling (基本满意, a tie), bad (不满意, 未通过), or none (no valid votes). */
export type OutcomeTone = 'good' | 'fair' | 'bad' | 'none';

export const OUTCOME_TONES = {
  SATISFIED: 'good',
  PASSED: 'good',
  BASICALLY_SATISFIED: 'fair',
  TIED: 'fair',
  UNSATISFIED: 'bad',
  REJECTED: 'bad',
  NO_VOTES: 'none',
} as const satisfies Record<Outcome, OutcomeTone>;

export function outcomeTone(outcome: Outcome): OutcomeTone {
  return OUTCOME_TONES[outcome] ?? 'none';
}

/** The outcome's words: a CHOOSE_UP_TO_N round that chose its candidates reads 当选 rather than 通过. */
export function outcomeText(
  result: Pick<RoundResult, 'outcome' | 'ballotType'>,
  words: { outcome: Record<Outcome, string>; elected: string },
): string {
  return result.outcome === 'PASSED' && result.ballotType === 'CHOOSE_UP_TO_N' ? words.elected : words.outcome[result.outcome];
}

/** The headline figure's name: the satisfaction rate, the share in favour, or none (a list of candidates). */
export type CompositeKind = 'satisfaction' | 'approval' | null;

export function compositeKind(result: Pick<RoundResult, 'ballotType' | 'composite'>): CompositeKind {
  if (result.ballotType === 'CHOOSE_UP_TO_N') return null;
  return result.ballotType === 'APPROVAL' ? 'approval' : 'satisfaction';
}

/**
 * The published rule and the note (ties, a missed quorum), as the server worded them, to print under a
 * final result. `quorumShown`: the card already says the missed quorum in its own words, so a note
 * that would repeat it is left out.
 */
export function ruleLines(result: Pick<RoundResult, 'rule' | 'note'> & { quorum?: RoundResult['quorum'] }, quorumShown = false): string[] {
  const quorumMissed = !!result.quorum && (result.quorum.studioMissed || result.quorum.onlineMissed);
  const note = quorumShown && quorumMissed ? null : result.note;
  return [result.rule, note].filter((line): line is string => !!line && line.trim() !== '');
}

export interface TallyBar {
  key: string;
  count: number;
}

export interface TallySeries {
  channel: Channel;
  total: number;
  /** SATISFACTION: the channel's satisfaction rate; null otherwise or before any vote. */
  satisfactionRate: number | null;
  /** A bar per option, in ballot order. */
  bars: TallyBar[];
}

/** One series per channel (studio first), each with a bar per option of the ballot, in ballot order. */
export function tallySeries(result: Pick<RoundResult, 'channels' | 'options' | 'ballotType'>): TallySeries[] {
  return CHANNELS.map((channel) => {
    const row = result.channels.find((c) => c.channel === channel);
    return {
      channel,
      total: row?.total ?? 0,
      satisfactionRate: result.ballotType === 'SATISFACTION' ? (row?.satisfactionRate ?? null) : null,
      bars: result.options.map((o) => ({ key: o.key, count: channel === 'STUDIO' ? o.studio : o.online })),
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
  /** The label under an option: its name and the server's weighted share. */
  option: (label: string, share: string) => string;
  /** The label on a bar: its count. */
  bar: (count: number) => string;
}

export interface ChartStyle {
  fontFamily: string;
  fontSize: number;
  text: string;
  grid: string;
  colors: Record<Channel, string>;
  /** The colour of an elected candidate's name. */
  elected?: string;
}

/**
 * The ECharts option for a grouped bar chart: the ballot's options on the axis (with their weighted
 * share), a bar per channel. Plain data, so it is tested without a canvas; animation stays short so
 * live updates read as movement rather than lag.
 */
export function tallyChartOption(result: Pick<RoundResult, 'channels' | 'options' | 'ballotType'>, labels: ChartLabels, style: ChartStyle) {
  const text = { color: style.text, fontFamily: style.fontFamily, fontSize: style.fontSize };
  const series = tallySeries(result);
  const options = optionRows(result);
  // Many candidates: smaller names, so the axis still fits.
  const axisFont = options.length > 5 ? Math.round(style.fontSize * 0.7) : style.fontSize;
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
      data: options.map((o) => ({
        value: labels.option(optionLabel(o, labels.choices), formatPercent(o.share)),
        textStyle: o.elected && style.elected ? { color: style.elected } : undefined,
      })),
      axisLabel: { ...text, fontSize: axisFont, fontWeight: 600 as const, margin: 18, interval: 0 },
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
      data: s.bars.map((bar) => ({ value: bar.count, label: { formatter: labels.bar(bar.count) } })),
    })),
  };
}
