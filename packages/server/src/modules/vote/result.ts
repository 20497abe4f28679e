import type { VoteSettings } from '../session/vote-settings.js';
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

export interface RoundResult {
  channels: ChannelResult[];
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

/** The one definition of a round's result, used by the console, the screen, the public page and exports. */
export function computeResult(counts: Counts, settings: Pick<VoteSettings, 'studioWeight' | 'onlineWeight' | 'satisfiedThreshold'>): RoundResult {
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
  const weights = {
    studio: studio.total > 0 ? settings.studioWeight : 0,
    online: online.total > 0 ? settings.onlineWeight : 0,
  };
  const weightSum = weights.studio + weights.online;
  const composite =
    weightSum === 0
      ? null
      : Math.round((((studio.satisfactionRate ?? 0) * weights.studio + (online.satisfactionRate ?? 0) * weights.online) / weightSum) * 10) / 10;
  return {
    channels: perChannel,
    composite,
    outcome: composite === null ? 'NO_VOTES' : composite < settings.satisfiedThreshold ? 'UNSATISFIED' : 'SATISFIED',
    studioWeight: weightSum === 0 ? settings.studioWeight : Math.round((weights.studio / weightSum) * 1000) / 10,
    onlineWeight: weightSum === 0 ? settings.onlineWeight : Math.round((weights.online / weightSum) * 1000) / 10,
    threshold: settings.satisfiedThreshold,
  };
}
