// Countdowns follow the server's deadlines, read on the server's clock: the local clock corrected by
// an offset measured against `query serverTime`. A console whose own clock is wrong still counts right.

export interface ClockSample {
  /** Local time just before the request left. */
  sentAt: number;
  /** Local time when the answer arrived. */
  receivedAt: number;
  /** The server's time in its answer. */
  serverTime: number;
}

/** Server time minus local time, assuming the server read its clock halfway through the round trip. */
export function sampleOffset(sample: ClockSample): { offset: number; roundTrip: number } {
  const roundTrip = Math.max(0, sample.receivedAt - sample.sentAt);
  return { offset: sample.serverTime + roundTrip / 2 - sample.receivedAt, roundTrip };
}

/** The offset from the sample with the shortest round trip, the least uncertain one. */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: { offset: number; roundTrip: number } | null = null;
  for (const sample of samples) {
    const measured = sampleOffset(sample);
    if (!best || measured.roundTrip < best.roundTrip) best = measured;
  }
  return best ? Math.round(best.offset) : null;
}

export type VotingWindow = { state: 'upcoming'; startsInMs: number } | { state: 'open'; remainingMs: number } | { state: 'closed' };

export function votingWindow(opensAt: string, closesAt: string, serverNow: number): VotingWindow {
  const opens = new Date(opensAt).getTime();
  const closes = new Date(closesAt).getTime();
  if (serverNow >= closes) return { state: 'closed' };
  if (serverNow < opens) return { state: 'upcoming', startsInMs: opens - serverNow };
  return { state: 'open', remainingMs: closes - serverNow };
}

export interface RoundWindows {
  studioOpensAt: string;
  studioClosesAt: string;
  onlineOpensAt: string;
  onlineClosesAt: string;
}

export function roundCountdown(round: RoundWindows, serverNow: number): { studio: VotingWindow; online: VotingWindow } {
  return {
    studio: votingWindow(round.studioOpensAt, round.studioClosesAt, serverNow),
    online: votingWindow(round.onlineOpensAt, round.onlineClosesAt, serverNow),
  };
}

/** Whole seconds, rounded up, so "0:00" shows only once the window has really ended. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}
