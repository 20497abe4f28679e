import { registerEnumType } from 'type-graphql';
import { DomainError } from '../../graphql/errors.js';
import { nextState } from '../../lib/state-machine.js';

export const SessionStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED', LIVE: 'LIVE', ENDED: 'ENDED' } as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
export const sessionStatuses = Object.values(SessionStatus);
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'DRAFT → PUBLISHED (settings public) → LIVE (settings frozen) → ENDED',
});

/** Each session verb and the statuses it moves from and to. */
export const sessionTransitions = {
  publish: { from: ['DRAFT'], to: 'PUBLISHED' },
  start: { from: ['PUBLISHED'], to: 'LIVE' },
  end: { from: ['LIVE'], to: 'ENDED' },
  // Only a rehearsal run can be taken back, to the state before air.
  resetRehearsal: { from: ['LIVE', 'ENDED'], to: 'PUBLISHED' },
} as const satisfies Record<string, { from: readonly SessionStatus[]; to: SessionStatus }>;
export type SessionVerb = keyof typeof sessionTransitions;

export const nextSessionStatus = (current: SessionStatus, verb: SessionVerb): SessionStatus =>
  nextState('session', sessionTransitions, current, verb);

/** Plans (settings, questions) can change until the session goes live. */
export function assertEditable(status: SessionStatus, what: string): void {
  if (status === 'LIVE' || status === 'ENDED') {
    throw new DomainError('INVALID_PHASE', `${what} cannot change once the session is ${status}.`, { status });
  }
}
