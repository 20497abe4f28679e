import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import type { RoundMessages } from './roundMessages';

const en: RoundMessages = {
  picks: {
    legend: (max: number) => `Choose up to ${max}`,
    count: (picked: number, max: number) => `${picked} of ${max} chosen`,
    tooMany: (max: number) => `You can choose at most ${max}. To change, clear one first.`,
    submit: 'Vote',
    blankTitle: 'You have not chosen any',
    blankText: 'It will count as an abstention and cannot be changed.',
    blankConfirm: 'Abstain',
    blankBack: 'Back to the list',
    confirmHint: 'A vote cannot be changed once sent.',
  },
  result: {
    heading: 'Result',
    composite: 'Overall satisfaction',
    approval: 'Share in favour',
    outcome: ballotLabels.en.outcome,
    elected: ballotLabels.en.elected,
    threshold: (unsatisfiedBelow: number, satisfiedFrom: number | null) =>
      satisfiedFrom !== null && satisfiedFrom > unsatisfiedBelow
        ? `Satisfied from ${satisfiedFrom}% · unsatisfied below ${unsatisfiedBelow}%`
        : `Pass mark ${unsatisfiedBelow}%`,
    passing: (n: number) => `Passes with more than ${n}%`,
    options: 'Votes by option',
    share: (percent: string) => `${percent}`,
    rate: 'Satisfaction',
    votes: (n: number) => `${n} votes`,
    rule: 'Rule',
  },
  channels: channelsLabels.en,
  quorum: quorumLabels.en,
};

export default en;
