import { registerEnumType } from 'type-graphql';
import type { PassingBase, QuorumFallback, StudioQuorum } from './vote-settings.js';

// The quorum rules as GraphQL enums, apart from session.type.ts: a session's settings and a round's
// result (vote.type.ts) both name them, and neither type module should need the other for it.

export const StudioQuorumEnum = { NONE: 'NONE', MAJORITY: 'MAJORITY', TWO_THIRDS: 'TWO_THIRDS' } as const satisfies Record<
  StudioQuorum,
  StudioQuorum
>;
registerEnumType(StudioQuorumEnum, {
  name: 'StudioQuorum',
  description: 'Studio turnout of the roll a round needs for the studio to count: NONE, MAJORITY (过半数), TWO_THIRDS (三分之二).',
});
export const QuorumFallbackEnum = { OTHER_CHANNEL: 'OTHER_CHANNEL', NO_RESULT: 'NO_RESULT' } as const satisfies Record<
  QuorumFallback,
  QuorumFallback
>;
registerEnumType(QuorumFallbackEnum, {
  name: 'QuorumFallback',
  description: 'When a channel misses its minimum: its weight passes to the other channel, or the round has no valid result.',
});
export const PassingBaseEnum = { VALID_BALLOTS: 'VALID_BALLOTS', WHOLE_ROLL: 'WHOLE_ROLL' } as const satisfies Record<
  PassingBase,
  PassingBase
>;
registerEnumType(PassingBaseEnum, {
  name: 'PassingBase',
  description: 'What a 票决 share is taken of: the valid ballots, or the whole roll (过半数 of all representatives).',
});
