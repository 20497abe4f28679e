import { quorumRulesOf, type PassingBase, type QuorumFallback, type StudioQuorum, type VoteSettings } from '../session/vote-settings.js';
import { fixedChoices, picksOf, satisfactionBallot, type Ballot, type BallotType } from './ballot-type.js';
import { channels, type Channel } from './choice.js';

/** Ballots by their stored form (a choice, or a CHOOSE_UP_TO_N ballot's picks): see `ballotKey`. */
export type ChoiceCounts = Record<string, number>;
export type Counts = Record<Channel, ChoiceCounts>;

export interface ChannelResult {
  channel: Channel;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** Valid ballots of this channel. */
  total: number;
  /** Percentages of this channel's valid votes, one decimal; null without votes. */
  satisfiedPercent: number | null;
  basicallySatisfiedPercent: number | null;
  unsatisfiedPercent: number | null;
  /** (满意 + 基本满意) / valid votes, in percent (SATISFACTION ballots only). */
  satisfactionRate: number | null;
}

/** One answer or candidate of the ballot, with its votes per channel and its weighted share. */
export interface OptionResult {
  /** A Choice, or a candidate's place on the ballot ('0', '1', …). */
  key: string;
  label: string;
  studio: number;
  online: number;
  /** Weighted share of the base the rule names (valid ballots, or the whole roll), in percent; null when no channel counted. */
  share: number | null;
  /** CHOOSE_UP_TO_N: among the candidates chosen; null for the other ballot types. */
  elected: boolean | null;
}

/** SATISFACTION: a grade. APPROVAL / CHOOSE_UP_TO_N: passed, rejected, or tied at the last seat. NO_VOTES: no valid result. */
export const outcomes = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'PASSED', 'REJECTED', 'TIED', 'NO_VOTES'] as const;
export type Outcome = (typeof outcomes)[number];

/** An outcome that asks for more work: 不满意, or a SATISFACTION round with no valid result is not "satisfied". */
export const isUnsatisfied = (outcome: Outcome) => outcome === 'UNSATISFIED';
/** 满意 or 基本满意: the answer or report stands. */
export const isSatisfactory = (outcome: Outcome) => outcome === 'SATISFIED' || outcome === 'BASICALLY_SATISFIED';

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
  ballotType: BallotType;
  channels: ChannelResult[];
  /** Every answer or candidate in ballot order. */
  options: OptionResult[];
  /** Absent from results stored before quorum rules existed. */
  quorum?: QuorumCheck;
  /** SATISFACTION: weighted satisfaction rate; APPROVAL: weighted share in favour; CHOOSE_UP_TO_N: null. */
  composite: number | null;
  outcome: Outcome;
  /** Weights actually applied (a channel without votes gives its weight to the other). */
  studioWeight: number;
  onlineWeight: number;
  /** SATISFACTION: below this, 不满意. APPROVAL / CHOOSE_UP_TO_N: the share a motion or candidate must exceed. */
  threshold: number;
  /** SATISFACTION: at or above this, 满意 (between threshold and this, 基本满意). */
  satisfiedGrade: number | null;
  /** APPROVAL / CHOOSE_UP_TO_N: what the share is taken of. */
  passingBase: PassingBase | null;
  /** The rule the round was decided by, in words, printed with every result (null for results stored before rules in words). */
  rule: string | null;
  /** Ties and missed quorums, in words; null when nothing needs saying. */
  note: string | null;
}

export const emptyCounts = (): Counts => ({ STUDIO: {}, ONLINE: {} });

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const round1 = (n: number) => Math.round(n * 10) / 10;
const sum = (counts: ChoiceCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Studio ballots a rule needs from a roll of `electorate` people; a channel without votes never counts. */
export function studioBallotsRequired(rule: StudioQuorum, electorate: number): number {
  if (rule === 'MAJORITY') return Math.floor(electorate / 2) + 1; // 过半数: more than half
  if (rule === 'TWO_THIRDS') return Math.max(1, Math.ceil((electorate * 2) / 3));
  return 1;
}

type ResultSettings = Pick<VoteSettings, 'studioWeight' | 'onlineWeight' | 'satisfiedThreshold'> & Partial<VoteSettings>;

/** The deciding rules of a round; rounds opened before they existed keep the binary grade and a share of valid ballots. */
export const decisionRulesOf = (settings: ResultSettings) => ({
  satisfiedGrade: settings.satisfiedGrade ?? settings.satisfiedThreshold,
  passingBase: settings.passingBase ?? 'VALID_BALLOTS',
  passingShare: settings.passingShare ?? 50,
});

export const choiceLabels: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  FOR: '赞成',
  AGAINST: '反对',
  ABSTAIN: '弃权',
};

/** Votes per option and channel: a CHOOSE_UP_TO_N ballot counts once for each candidate it picks. */
function optionCounts(ballot: Ballot, counts: ChoiceCounts): { key: string; label: string; count: number }[] {
  if (ballot.type !== 'CHOOSE_UP_TO_N')
    return fixedChoices[ballot.type].map((key) => ({ key, label: choiceLabels[key]!, count: counts[key] ?? 0 }));
  const perCandidate = ballot.candidates.map(() => 0);
  for (const [key, count] of Object.entries(counts)) for (const pick of picksOf(key)) perCandidate[pick]! += count;
  return ballot.candidates.map((c, i) => ({ key: String(i), label: c.label, count: perCandidate[i]! }));
}

/**
 * The one definition of a round's result, used by the console, the screen, the public page and
 * exports. A channel that misses its published minimum (studio turnout of the roll, online ballots)
 * does not count: its weight passes to the other channel, or the round has no valid result, as the
 * session's rules said before the show. Then the ballot type decides: a satisfaction grade, a
 * motion passed by more than the published share, or the candidates elected.
 */
export function computeResult(
  counts: Counts,
  settings: ResultSettings,
  studioElectorate = 0,
  ballot: Ballot = satisfactionBallot,
): RoundResult {
  const perChannel = channels.map((channel): ChannelResult => {
    const c = counts[channel];
    const [satisfied, basicallySatisfied, unsatisfied] = fixedChoices.SATISFACTION.map((k) => c[k] ?? 0) as [number, number, number];
    const total = sum(c);
    const isSatisfaction = ballot.type === 'SATISFACTION';
    return {
      channel,
      satisfied,
      basicallySatisfied,
      unsatisfied,
      total,
      satisfiedPercent: percent(satisfied, total),
      basicallySatisfiedPercent: percent(basicallySatisfied, total),
      unsatisfiedPercent: percent(unsatisfied, total),
      satisfactionRate: isSatisfaction ? percent(satisfied + basicallySatisfied, total) : null,
    };
  });
  const [studio, online] = perChannel as [ChannelResult, ChannelResult];
  const rules = quorumRulesOf(settings);
  const decision = decisionRulesOf(settings);
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
  // The base a share is taken of: each channel's valid ballots, or for the studio the whole roll (过半数 of all representatives).
  const studioBase = decision.passingBase === 'WHOLE_ROLL' && studioElectorate > 0 ? studioElectorate : studio.total;
  const weighted = (studioPart: number, studioWhole: number, onlinePart: number, onlineWhole: number) =>
    weightSum === 0
      ? null
      : ((studioWhole ? (studioPart / studioWhole) * weights.studio : 0) +
          (onlineWhole ? (onlinePart / onlineWhole) * weights.online : 0)) *
        (100 / weightSum);

  const studioOptions = optionCounts(ballot, counts.STUDIO);
  const onlineOptions = optionCounts(ballot, counts.ONLINE);
  const isSatisfaction = ballot.type === 'SATISFACTION';
  const exactShares = studioOptions.map((o, i) =>
    isSatisfaction
      ? weighted(o.count, studio.total, onlineOptions[i]!.count, online.total)
      : weighted(o.count, studioBase, onlineOptions[i]!.count, online.total),
  );
  const elected = ballot.type === 'CHOOSE_UP_TO_N' ? electedCandidates(exactShares, decision.passingShare, ballot.maxChoices) : null;
  const options: OptionResult[] = studioOptions.map((o, i) => ({
    key: o.key,
    label: o.label,
    studio: o.count,
    online: onlineOptions[i]!.count,
    share: exactShares[i] === null ? null : round1(exactShares[i]!),
    elected: elected ? elected.winners.has(i) : null,
  }));

  let composite: number | null;
  let outcome: Outcome;
  let threshold: number;
  if (isSatisfaction) {
    const rate = weighted(
      studio.satisfied + studio.basicallySatisfied,
      studio.total,
      online.satisfied + online.basicallySatisfied,
      online.total,
    );
    composite = rate === null ? null : round1(rate);
    threshold = settings.satisfiedThreshold;
    outcome =
      composite === null
        ? 'NO_VOTES'
        : composite >= Math.max(decision.satisfiedGrade, threshold)
          ? 'SATISFIED'
          : composite >= threshold
            ? 'BASICALLY_SATISFIED'
            : 'UNSATISFIED';
  } else if (ballot.type === 'APPROVAL') {
    const inFavour = exactShares[0]!;
    composite = inFavour === null ? null : round1(inFavour);
    threshold = decision.passingShare;
    outcome = inFavour === null ? 'NO_VOTES' : inFavour > decision.passingShare + 1e-9 ? 'PASSED' : 'REJECTED';
  } else {
    composite = null;
    threshold = decision.passingShare;
    outcome = weightSum === 0 ? 'NO_VOTES' : elected!.tied.length > 0 ? 'TIED' : elected!.winners.size > 0 ? 'PASSED' : 'REJECTED';
  }
  const result: RoundResult = {
    ballotType: ballot.type,
    channels: perChannel,
    options,
    quorum,
    composite,
    outcome,
    studioWeight: weightSum === 0 ? settings.studioWeight : Math.round((weights.studio / weightSum) * 1000) / 10,
    onlineWeight: weightSum === 0 ? settings.onlineWeight : Math.round((weights.online / weightSum) * 1000) / 10,
    threshold,
    satisfiedGrade: isSatisfaction ? decision.satisfiedGrade : null,
    passingBase: isSatisfaction ? null : decision.passingBase,
    rule: null,
    note: null,
  };
  result.rule = ruleText(result, ballot, studioElectorate);
  result.note = [quorumNote(result), tieNote(result, ballot, elected?.tied ?? [])].filter(Boolean).join('；') || null;
  return result;
}

/** Candidates above the passing share, most votes first, up to `seats`; a tie for the last seat elects none of the tied. */
function electedCandidates(shares: (number | null)[], passingShare: number, seats: number): { winners: Set<number>; tied: number[] } {
  const eligible = shares
    .map((share, i) => ({ i, share: share ?? 0 }))
    .filter((c) => c.share > passingShare + 1e-9)
    .sort((a, b) => b.share - a.share);
  if (eligible.length <= seats) return { winners: new Set(eligible.map((c) => c.i)), tied: [] };
  const last = eligible[seats - 1]!.share;
  const same = (share: number) => Math.abs(share - last) < 1e-9;
  if (!same(eligible[seats]!.share)) return { winners: new Set(eligible.slice(0, seats).map((c) => c.i)), tied: [] };
  return {
    winners: new Set(eligible.filter((c) => c.share > last + 1e-9).map((c) => c.i)),
    tied: eligible.filter((c) => same(c.share)).map((c) => c.i),
  };
}

const shareWords = (share: number) => (share === 50 ? '半数' : `${share}%`);

/** The published rule, in words: printed with every result. */
function ruleText(result: RoundResult, ballot: Ballot, electorate: number): string {
  const base = result.passingBase === 'WHOLE_ROLL' && electorate > 0 ? `名册全体 ${electorate} 人` : '有效票';
  const weights =
    result.studioWeight > 0 && result.onlineWeight > 0 ? `现场 ${result.studioWeight}%、网络 ${result.onlineWeight}% 加权` : '';
  const parts: string[] = [];
  if (ballot.type === 'SATISFACTION') {
    const grade = result.satisfiedGrade ?? result.threshold;
    parts.push(
      grade > result.threshold
        ? `满意率（满意＋基本满意）≥ ${grade}% 为满意，${result.threshold}%–${grade}% 为基本满意，低于 ${result.threshold}% 为不满意`
        : `满意率（满意＋基本满意）≥ ${result.threshold}% 为满意，低于为不满意`,
    );
  } else if (ballot.type === 'APPROVAL') {
    parts.push(`赞成票超过${base}的${shareWords(result.threshold)}为通过`);
  } else {
    parts.push(
      `每票至多选 ${ballot.maxChoices} 项，得票超过${base}的${shareWords(result.threshold)}者按得票多少当选，至多 ${ballot.maxChoices} 项`,
    );
  }
  if (weights) parts.push(weights);
  return parts.join('；');
}

/** A tie, in words: a motion whose votes for and against are equal, or candidates level for the last seat. */
function tieNote(result: RoundResult, ballot: Ballot, tied: number[]): string | null {
  if (ballot.type === 'APPROVAL' && result.outcome !== 'NO_VOTES') {
    const [inFavour, against] = result.options;
    if (inFavour!.share === against!.share) return `赞成与反对票数相同，赞成票未超过${shareWords(result.threshold)}，不通过`;
  }
  if (tied.length > 0) {
    const names = tied.map((i) => ballot.candidates[i]!.label).join('、');
    const seatsLeft = ballot.maxChoices - result.options.filter((o) => o.elected).length;
    return `${names}得票相同，争剩余 ${seatsLeft} 个名额，按事先公布的规则另行表决`;
  }
  return null;
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
