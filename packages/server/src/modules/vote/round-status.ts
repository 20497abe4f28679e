import { nextState, type Transitions } from '../../lib/state-machine.js';
import type { RoundStatus } from './vote-round.entity.js';

/**
 * A round is created when its vote opens, so it starts OPEN. (SCHEDULED stays in the GraphQL enum
 * and the database's check constraint, but no round is ever in it.)
 */
export const openedRoundStatus: RoundStatus = 'OPEN';

/** Each round verb and the statuses it moves from and to: OPEN → CLOSED (counted, final) → PUBLISHED (revealed on air). */
export const roundTransitions = {
  close: { from: ['OPEN'], to: 'CLOSED' },
  reveal: { from: ['CLOSED'], to: 'PUBLISHED' },
} as const satisfies Transitions<RoundStatus>;
export type RoundVerb = keyof typeof roundTransitions;

export const nextRoundStatus = (current: RoundStatus, verb: RoundVerb): RoundStatus => nextState('round', roundTransitions, current, verb);
