import { quorumRulesOf, type QuorumFallback, type StudioQuorum, type VoteSettings } from '../session/vote-settings.js';
import { channels, type Channel, type Choice } from './choice.js';

export type ChoiceCounts = Record<Choice, number>;
export type Counts = Record<Channel, ChoiceCounts>;

export interface ChannelResult {
  channel: Channel;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  total: number;
  /** Percentages of this channel's valid votes, one decimal; null without votes. */
  satisfiedPercent: number | null;
  basicallySatisfiedPercent: number | null;
  unsatisfiedPercent: number | null;
  /** (满意 + 基本满意) / valid votes, in percent. */
  satisfactionRate: number | null;
}

export const outcomes = ['SATISFIED', 'UNSATISFIED', 'NO_VOTES'] as const;
export type Outcome = (typeof outcomes)[number];

/** Whether each channel reached the minimum published before the show, and what followed. */
export interface QuorumCheck {
  studioElectorate: number;
  studioRule: StudioQuorum;
  /** Studio ballots needed: e.g. more than half of the roll. */
  studioRequired: number;
  /** The studio had a minimum (a rule and a weight) and did not reach it. */
  studioMissed: boolean;
  onlineRequired: number;
  /** The online channel had a minimum (more than one ballot, and a weight) and did not reach it. */
  onlineMissed: boolean;
  fallback: QuorumFallback;
}

export interface RoundResult {
  channels: ChannelResult[];
  /** Absent from results stored before quorum rules existed. */
  quorum?: QuorumCheck;
  /** Weighted satisfaction rate across channels that received votes. */
  composite: number | null;
  outcome: Outcome;
  /** Weights actually applied (a channel without votes gives its weight to the other). */
  studioWeight: number;
  onlineWeight: number;
  threshold: number;
}

export const emptyCounts = (): Counts => ({
  STUDIO: { SATISFIED: 0, BASICALLY_SATISFIED: 0, UNSATISFIED: 0 },
  ONLINE: { SATISFIED: 0, BASICALLY_SATISFIED: 0, UNSATISFIED: 0 },
});

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** Studio ballots a rule needs from a roll of `electorate` people; a channel without votes never counts. */
export function studioBallotsRequired(rule: StudioQuorum, electorate: number): number {
  if (rule === 'MAJORITY') return Math.floor(electorate / 2) + 1; // 过半数: more than half
  if (rule === 'TWO_THIRDS') return Math.max(1, Math.ceil((electorate * 2) / 3));
  return 1;
}

type ResultSettings = Pick<VoteSettings, 'studioWeight' | 'onlineWeight' | 'satisfiedThreshold'> & Partial<VoteSettings>;

/**
 * The one definition of a round's result, used by the console, the screen, the public page and
 * exports. A channel that misses its published minimum (studio turnout of the roll, online ballots)
 * does not count: its weight passes to the other channel, or the round has no valid result, as the
 * session's rules said before the show.
 */
export function computeResult(counts: Counts, settings: ResultSettings, studioElectorate = 0): RoundResult {
  const perChannel = channels.map((channel): ChannelResult => {
    const c = counts[channel];
    const total = c.SATISFIED + c.BASICALLY_SATISFIED + c.UNSATISFIED;
    return {
      channel,
      satisfied: c.SATISFIED,
      basicallySatisfied: c.BASICALLY_SATISFIED,
      unsatisfied: c.UNSATISFIED,
      total,
      satisfiedPercent: percent(c.SATISFIED, total),
      basicallySatisfiedPercent: percent(c.BASICALLY_SATISFIED, total),
      unsatisfiedPercent: percent(c.UNSATISFIED, total),
      satisfactionRate: percent(c.SATISFIED + c.BASICALLY_SATISFIED, total),
    };
  });
  const [studio, online] = perChannel as [ChannelResult, ChannelResult];
  const rules = quorumRulesOf(settings);
  const studioRequired = studioBallotsRequired(rules.studioQuorum, studioElectorate);
  const onlineRequired = Math.max(1, rules.minOnlineBallots);
  const quorum: QuorumCheck = {
    studioElectorate,
    studioRule: rules.studioQuorum,
    studioRequired,
    studioMissed: rules.studioQuorum !== 'NONE' && settings.studioWeight > 0 && studio.total < studioRequired,
    onlineRequired,
    onlineMissed: onlineRequired > 1 && settings.onlineWeight > 0 && online.total < onlineRequired,
    fallback: rules.quorumFallback,
  };
  const noResult = quorum.fallback === 'NO_RESULT' && (quorum.studioMissed || quorum.onlineMissed);
  // A channel that does not count (no votes, or under its minimum) gives its weight to the other.
  const counted = (total: number, required: number) => !noResult && total >= required;
  const weights = {
    studio: counted(studio.total, studioRequired) ? settings.studioWeight : 0,
    online: counted(online.total, onlineRequired) ? settings.onlineWeight : 0,
  };
  const weightSum = weights.studio + weights.online;
  const composite =
    weightSum === 0
      ? null
      : Math.round((((studio.satisfactionRate ?? 0) * weights.studio + (online.satisfactionRate ?? 0) * weights.online) / weightSum) * 10) /
        10;
  return {
    channels: perChannel,
    quorum,
    composite,
    outcome: composite === null ? 'NO_VOTES' : composite < settings.satisfiedThreshold ? 'UNSATISFIED' : 'SATISFIED',
    studioWeight: weightSum === 0 ? settings.studioWeight : Math.round((weights.studio / weightSum) * 1000) / 10,
    onlineWeight: weightSum === 0 ? settings.onlineWeight : Math.round((weights.online / weightSum) * 1000) / 10,
    threshold: settings.satisfiedThreshold,
  };
}

const studioRuleWords: Record<StudioQuorum, string> = {
  NONE: '',
  MAJORITY: '未过名册 {n} 人的半数',
  TWO_THIRDS: '未达名册 {n} 人的三分之二',
};

/**
 * The quorum rule as it was applied, in words for the screen, the public page and printed reports
 * (e.g. 现场参评人数未达半数，按网络测评结果计); null when every channel with votes counted as usual.
 */
export function quorumNote(result: RoundResult): string | null {
  const q = result.quorum;
  if (!q) return null;
  const [studio, online] = result.channels as [ChannelResult, ChannelResult];
  const { studioMissed, onlineMissed } = q;
  if (!studioMissed && !onlineMissed) return null;
  const reasons = [
    ...(studioMissed
      ? [
          q.studioElectorate === 0
            ? '现场测评未设名册'
            : `现场参评 ${studio.total} 人，${studioRuleWords[q.studioRule].replace('{n}', String(q.studioElectorate))}（需 ${q.studioRequired} 人）`,
        ]
      : []),
    ...(onlineMissed ? [`网络测评 ${online.total} 票，未达最低 ${q.onlineRequired} 票`] : []),
  ].join('；');
  if (result.outcome === 'NO_VOTES') return `${reasons}，按事先公布的规则本轮测评无有效结果`;
  return `${reasons}，按${studioMissed ? '网络' : '现场'}测评结果计`;
}
