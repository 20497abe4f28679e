import type { Choice, Outcome } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// The words of a ballot: a voter's answer and a round's outcome, for every kind of ballot (测评 and
// 票决). Every surface that shows a ballot or a result (console, planning, phones, screen, results
// pages, follow-up) uses these. The kinds of session and their nouns are in kind.ts.
export const ballotLabels = defineLabels({
  'zh-CN': {
    choice: {
      SATISFIED: '满意',
      BASICALLY_SATISFIED: '基本满意',
      UNSATISFIED: '不满意',
      FOR: '赞成',
      AGAINST: '反对',
      ABSTAIN: '弃权',
    } satisfies Record<Choice, string>,
    outcome: {
      SATISFIED: '满意',
      BASICALLY_SATISFIED: '基本满意',
      UNSATISFIED: '不满意',
      PASSED: '通过',
      REJECTED: '未通过',
      TIED: '票数相同',
      NO_VOTES: '无有效票',
    } satisfies Record<Outcome, string>,
    /** A CHOOSE_UP_TO_N round's outcome: PASSED reads 当选 there, for the candidates chosen. */
    elected: '当选',
    /** A CHOOSE_UP_TO_N ballot with no pick. */
    blank: '弃权',
  },
  en: {
    choice: {
      SATISFIED: 'Satisfied',
      BASICALLY_SATISFIED: 'Basically satisfied',
      UNSATISFIED: 'Unsatisfied',
      FOR: 'For',
      AGAINST: 'Against',
      ABSTAIN: 'Abstain',
    },
    outcome: {
      SATISFIED: 'Satisfied',
      BASICALLY_SATISFIED: 'Basically satisfied',
      UNSATISFIED: 'Unsatisfied',
      PASSED: 'Passed',
      REJECTED: 'Not passed',
      TIED: 'Tied',
      NO_VOTES: 'No valid votes',
    },
    elected: 'Elected',
    blank: 'Abstain',
  },
});
