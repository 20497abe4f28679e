import { DomainError } from '../graphql/errors.js';

/** A state machine's verbs: the states each may start from and the state it leads to. */
export type Transitions<S extends string> = Record<string, { from: readonly S[]; to: S }>;

/** The state `verb` leads to from `current`, or INVALID_PHASE naming what the verb needs. */
export function nextState<S extends string, T extends Transitions<S>>(noun: string, transitions: T, current: S, verb: keyof T & string): S {
  const transition = transitions[verb]!;
  if (!transition.from.includes(current)) {
    throw new DomainError('INVALID_PHASE', `The ${noun} is ${current}; "${verb}" needs it to be ${transition.from.join(' or ')}.`, {
      status: current,
    });
  }
  return transition.to;
}
