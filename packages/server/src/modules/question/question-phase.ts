import { registerEnumType } from 'type-graphql';
import { DomainError } from '../../graphql/errors.js';

export const QuestionPhase = { PENDING: 'PENDING', ASKING: 'ASKING', ANSWERING: 'ANSWERING', VOTING: 'VOTING', CLOSED: 'CLOSED' } as const;
export type QuestionPhase = (typeof QuestionPhase)[keyof typeof QuestionPhase];
export const questionPhases = Object.values(QuestionPhase);
registerEnumType(QuestionPhase, { name: 'QuestionPhase', description: '一问一答一测评: PENDING → ASKING → ANSWERING → VOTING → CLOSED' });

/** The run of show for one question: each host verb and the phase it moves from and to. */
export const questionTransitions = {
  ask: { from: 'PENDING', to: 'ASKING' },
  startAnswer: { from: 'ASKING', to: 'ANSWERING' },
  openVoting: { from: 'ANSWERING', to: 'VOTING' },
  closeVoting: { from: 'VOTING', to: 'CLOSED' },
  // A mistaken click can be taken back until the vote opens.
  undoAsk: { from: 'ASKING', to: 'PENDING' },
  undoStartAnswer: { from: 'ANSWERING', to: 'ASKING' },
} as const satisfies Record<string, { from: QuestionPhase; to: QuestionPhase }>;
export type QuestionVerb = keyof typeof questionTransitions;

/** The phase after `verb`, or INVALID_PHASE when the question is not where the verb starts. */
export function nextPhase(current: QuestionPhase, verb: QuestionVerb): QuestionPhase {
  const transition = questionTransitions[verb];
  if (transition.from !== current) {
    throw new DomainError('INVALID_PHASE', `This question is ${current}; "${verb}" needs it to be ${transition.from}.`, { phase: current });
  }
  return transition.to;
}
