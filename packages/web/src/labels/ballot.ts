import type { Choice, Outcome } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// The words of a satisfaction vote: a voter's choice and a round's outcome. Every surface that shows
// a ballot or a result (console, planning, phones, screen, results pages, follow-up) uses these.
export const ballotLabels = defineLabels({
  'zh-CN': {
    choice: { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' } satisfies Record<Choice, string>,
    outcome: { SATISFIED: '满意', UNSATISFIED: '不满意', NO_VOTES: '无有效票' } satisfies Record<Outcome, string>,
  },
  en: {
    choice: { SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Basically satisfied', UNSATISFIED: 'Unsatisfied' },
    outcome: { SATISFIED: 'Satisfied', UNSATISFIED: 'Unsatisfied', NO_VOTES: 'No valid votes' },
  },
});
