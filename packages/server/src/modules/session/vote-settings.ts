/** How a session's rounds are run and scored; published before the session and frozen once it goes live. */
export interface VoteSettings {
  /** Length of the studio voting window. */
  windowSeconds: number;
  /** The web stream lags the studio: online windows open and close this much later. */
  streamDelaySeconds: number;
  /** Show the public only turnout until the result is revealed, to avoid bandwagon voting. */
  hideResultsUntilClosed: boolean;
  /** Channel weights in percent; they add up to 100. */
  studioWeight: number;
  onlineWeight: number;
  /** A composite satisfaction rate below this percentage is graded 不满意. */
  satisfiedThreshold: number;
  /** At or above this, 满意; from satisfiedThreshold up to it, 基本满意. */
  satisfiedGrade: number;
  /** What a 票决 share is of: the valid ballots, or the whole roll (过半数 of all representatives). */
  passingBase: PassingBase;
  /** A motion or candidate passes with more than this share of the base, in percent (50: 过半数). */
  passingShare: number;
  /** Studio turnout the roll must reach for the studio channel to count (法定人数). */
  studioQuorum: StudioQuorum;
  /** Online ballots the online channel needs to count. */
  minOnlineBallots: number;
  /** What happens when a channel misses its minimum: its weight passes to the other, or the round has no valid result. */
  quorumFallback: QuorumFallback;
  /** How an online voter is known: a device pass, a mobile number proven by SMS code, or a person on the online roster. */
  onlineIdentity: OnlineIdentity;
}

export const onlineIdentities = ['DEVICE', 'PHONE_CODE', 'ROSTER'] as const;
export type OnlineIdentity = (typeof onlineIdentities)[number];

export const passingBases = ['VALID_BALLOTS', 'WHOLE_ROLL'] as const;
export type PassingBase = (typeof passingBases)[number];

export const studioQuorums = ['NONE', 'MAJORITY', 'TWO_THIRDS'] as const;
export type StudioQuorum = (typeof studioQuorums)[number];
export const quorumFallbacks = ['OTHER_CHANNEL', 'NO_RESULT'] as const;
export type QuorumFallback = (typeof quorumFallbacks)[number];

/** Rounds opened before quorum rules existed had none: their studio counted with any turnout. */
export const quorumRulesOf = (
  settings: Partial<VoteSettings>,
): Pick<VoteSettings, 'studioQuorum' | 'minOnlineBallots' | 'quorumFallback'> => ({
  studioQuorum: settings.studioQuorum ?? 'NONE',
  minOnlineBallots: settings.minOnlineBallots ?? 0,
  quorumFallback: settings.quorumFallback ?? 'OTHER_CHANNEL',
});

export const defaultVoteSettings: VoteSettings = Object.freeze({
  windowSeconds: 60,
  streamDelaySeconds: 0,
  hideResultsUntilClosed: false,
  studioWeight: 60,
  onlineWeight: 40,
  satisfiedThreshold: 60,
  satisfiedGrade: 80,
  passingBase: 'VALID_BALLOTS',
  passingShare: 50,
  studioQuorum: 'MAJORITY',
  minOnlineBallots: 0,
  quorumFallback: 'OTHER_CHANNEL',
  onlineIdentity: 'DEVICE',
});
