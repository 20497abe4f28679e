import type { Channel, DisclosureResultFieldsFragment } from '../../gql/graphql';

// What the disclosure page computes from the server's results: the rows of the result table,
// including the combined row, and how percentages read.

export type DisclosureResult = DisclosureResultFieldsFragment;
export type ChoiceKey = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED';
export const CHOICES: readonly ChoiceKey[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'];

export interface ResultRow {
  key: Channel | 'COMBINED';
  counts: Record<ChoiceKey, number | null>;
  percents: Record<ChoiceKey, number | null>;
  total: number;
  rate: number | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A percentage as the page shows it: one decimal, or a dash when there were no votes. */
export const formatPercent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/**
 * One row per channel in the server's order, then the combined row: each choice's share weighted
 * as the composite was (a channel without votes, or one that missed its quorum, carries no
 * weight), and the composite itself. A round without a valid result (no composite) has no
 * combined shares either.
 */
export function resultRows(result: DisclosureResult): ResultRow[] {
  const channels: ResultRow[] = result.channels.map((c) => ({
    key: c.channel,
    counts: { SATISFIED: c.satisfied, BASICALLY_SATISFIED: c.basicallySatisfied, UNSATISFIED: c.unsatisfied },
    percents: {
      SATISFIED: c.satisfiedPercent ?? null,
      BASICALLY_SATISFIED: c.basicallySatisfiedPercent ?? null,
      UNSATISFIED: c.unsatisfiedPercent ?? null,
    },
    total: c.total,
    rate: c.satisfactionRate ?? null,
  }));
  const weightOf = (channel: Channel) => (channel === 'STUDIO' ? result.studioWeight : result.onlineWeight);
  const voted = result.channels.filter((c) => c.total > 0);
  const weightSum = voted.reduce((sum, c) => sum + weightOf(c.channel), 0);
  const combined = (pick: (c: DisclosureResult['channels'][number]) => number | null | undefined) =>
    weightSum === 0 || result.composite == null
      ? null
      : round1(voted.reduce((sum, c) => sum + (pick(c) ?? 0) * weightOf(c.channel), 0) / weightSum);
  return [
    ...channels,
    {
      key: 'COMBINED',
      counts: { SATISFIED: null, BASICALLY_SATISFIED: null, UNSATISFIED: null },
      percents: {
        SATISFIED: combined((c) => c.satisfiedPercent),
        BASICALLY_SATISFIED: combined((c) => c.basicallySatisfiedPercent),
        UNSATISFIED: combined((c) => c.unsatisfiedPercent),
      },
      total: result.channels.reduce((sum, c) => sum + c.total, 0),
      rate: result.composite ?? null,
    },
  ];
}

/** Steps that stand out on the public page: the notice above all, then the ones sending work back. */
export function publicStepTone(action: string): 'notice' | 'alert' | 'done' | 'plain' {
  if (action === 'NOTICE') return 'notice';
  if (
    action === 'REOPENED' ||
    action === 'SENT_BACK' ||
    action === 'RETURNED' ||
    action === 'EVALUATION_VOID' ||
    action === 'URGED' ||
    action === 'ESCALATED'
  )
    return 'alert';
  if (action === 'REPORTED' || action === 'APPROVED' || action === 'CLOSED') return 'done';
  return 'plain';
}

/** Steps the public page leaves out: staff's own bookkeeping before dispatch. */
const internal = new Set(['EDITED']);
export const publicSteps = <T extends { action: string }>(timeline: readonly T[]) => timeline.filter((step) => !internal.has(step.action));

/** One answer (赞成 / 反对 / 弃权) or candidate of a 票决, with both channels' votes. */
export interface OptionRow {
  key: string;
  label: string;
  studio: number;
  online: number;
  total: number;
  /** Weighted share of the rule's base (valid ballots or the whole roll), in percent. */
  share: number | null;
  /** CHOOSE_UP_TO_N: chosen (当选); null for the other ballots. */
  elected: boolean | null;
}

/** The rows of a 票决's table, in ballot order, as the server counted them. */
export function optionRows(result: DisclosureResult): OptionRow[] {
  return (result.options ?? []).map((o) => ({
    key: o.key,
    label: o.label,
    studio: o.studio,
    online: o.online,
    total: o.studio + o.online,
    share: o.share ?? null,
    elected: o.elected ?? null,
  }));
}

/** The channels a table shows: those weighted in the result or with votes (a roll-only vote has no online column). */
export function channelsUsed(result: Pick<DisclosureResult, 'channels' | 'studioWeight' | 'onlineWeight'>): Channel[] {
  const used = result.channels
    .filter((c) => c.total > 0 || (c.channel === 'STUDIO' ? result.studioWeight : result.onlineWeight) > 0)
    .map((c) => c.channel);
  return used.length ? used : result.channels.map((c) => c.channel);
}

/** A result's outcome in words: a candidates' ballot says whether any were chosen. */
export function outcomeText<T extends Record<string, string>>(
  result: Pick<DisclosureResult, 'ballotType' | 'outcome'>,
  words: { outcome: T; candidateOutcome: T },
): string {
  return (result.ballotType === 'CHOOSE_UP_TO_N' ? words.candidateOutcome : words.outcome)[result.outcome] ?? result.outcome;
}
