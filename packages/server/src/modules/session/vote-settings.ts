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
  /** A composite satisfaction rate below this percentage counts as unsatisfied. */
  satisfiedThreshold: number;
}

export const defaultVoteSettings: VoteSettings = Object.freeze({
  windowSeconds: 60,
  streamDelaySeconds: 0,
  hideResultsUntilClosed: false,
  studioWeight: 60,
  onlineWeight: 40,
  satisfiedThreshold: 60,
});
