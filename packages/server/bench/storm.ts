// Storms of votes from connected phones, round after round, and what they measured.
import { percentile, voteInRound, type Phone, type RoundVotes } from './load.js';

export interface RoundLoad extends RoundVotes {
  roundId: string;
  /** From the round's opening to its last answer, in µs of the monotonic clock V8's CPU profiles use (see profile-votes.ts). */
  window: [number, number];
}

/** Now, in µs of the monotonic clock: the clock of a CPU profile's sample times (Node's --cpu-prof, on Linux). */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Votes from `phones`, one per phone per round, paced at `rate` per second (or unpaced), until rounds
 * have been open for `seconds`: a show's vote storm is one question's window; switching rounds (needed
 * here because each phone votes once a round) comes on top and lowers the rate reported overall.
 */
export async function storm(
  phones: Phone[],
  rate: number | null,
  seconds: number,
  nextRound: () => Promise<string>,
  /** The server's CPU seconds so far (all its processes), to tell its CPU per vote while rounds are open. */
  serverCpu: () => number,
): Promise<{ rounds: RoundLoad[]; elapsedMs: number; votingCpuSeconds: number }> {
  const rounds: RoundLoad[] = [];
  const started = Date.now();
  let votingMs = 0;
  let votingCpuSeconds = 0;
  while (votingMs < seconds * 1_000) {
    const roundId = await nextRound();
    const cpu0 = serverCpu();
    const opened = monotonicUs();
    // Paced from the moment the round opens: time spent switching rounds is not made up in a burst,
    // so it lowers the rate reported over the whole run instead.
    const votes = await voteInRound(phones, roundId, rate, Date.now() + seconds * 1_000 - votingMs);
    votingCpuSeconds += serverCpu() - cpu0;
    rounds.push({ roundId, ...votes, window: [opened, monotonicUs()] });
    votingMs += votes.votingMs;
  }
  return { rounds, elapsedMs: Date.now() - started, votingCpuSeconds };
}

/** A round whose own p99 is over this had a slow stretch: a few such rounds set a run's p99. */
export const SLOW_ROUND_MS = 100;

const roundP99 = (round: RoundLoad) =>
  percentile(
    [...round.latencies].sort((a, b) => a - b),
    99,
  );

export function summarize(
  label: string,
  result: { rounds: RoundLoad[]; elapsedMs: number; votingCpuSeconds: number },
  /** Live-state messages the watching phones received between two times (ms since the epoch), where they were watched. */
  liveMessagesBetween?: (from: number, to: number) => number,
) {
  /** A round's votes' send times, ms since the epoch. */
  const sentAt = (round: RoundLoad) => round.acks.map((at, i) => at - round.latencies[i]!);
  const latencies = result.rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const refused: Record<string, number> = {};
  for (const r of result.rounds) for (const [k, v] of Object.entries(r.refused)) refused[k] = (refused[k] ?? 0) + v;
  return {
    label,
    acknowledged: latencies.length,
    refused,
    seconds: result.elapsedMs / 1_000,
    votesPerSecond: latencies.length / (result.elapsedMs / 1_000),
    /** The rate while rounds were open: Wenzheng switches rounds between them (host actions, fan-out); the baseline has no rounds to switch. */
    votesPerVotingSecond: latencies.length / (result.rounds.reduce((ms, r) => ms + r.votingMs, 0) / 1_000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    rounds: result.rounds.length,
    slowRounds: result.rounds.filter((r) => roundP99(r) > SLOW_ROUND_MS).length,
    /** Where each slow round's slow votes were: which round of the storm, and when they were sent (ms after its first vote). */
    slowStretches: result.rounds.flatMap((round, index) => {
      if (roundP99(round) <= SLOW_ROUND_MS) return [];
      const sent = sentAt(round);
      const first = Math.min(...sent);
      const slow = sent.flatMap((at, i) => (round.latencies[i]! > SLOW_ROUND_MS ? [at - first] : []));
      const maxMs = Math.max(...round.latencies);
      return [
        {
          round: index,
          p99Ms: Math.round(roundP99(round)),
          maxMs: Math.round(maxMs),
          slowVotes: slow.length,
          sentFromMs: Math.round(Math.min(...slow)),
          sentToMs: Math.round(Math.max(...slow)),
          /** Live-state messages the watching phones received from the first slow vote's sending to the round's last answer. */
          liveMessages: liveMessagesBetween?.(first + Math.min(...slow), Math.max(...round.acks)),
        },
      ];
    }),
    /** Live-state messages the watching phones received while votes were being cast (from a round's first vote to its last answer). */
    liveMessagesWhileVoting: liveMessagesBetween
      ? result.rounds.reduce((n, round) => n + liveMessagesBetween(Math.min(...sentAt(round)), Math.max(...round.acks)), 0)
      : undefined,
    /** The server's CPU (all its processes) per acknowledged vote while rounds were open, in µs. */
    cpuUsPerVote: (result.votingCpuSeconds * 1e6) / latencies.length,
  };
}

/** For the i-th acknowledged vote of a round: how long until the screen showed at least i votes. */
export function screenLatency(rounds: RoundLoad[], updates: Map<string, { at: number; count: number }[]>) {
  const delays: number[] = [];
  for (const round of rounds) {
    const shown = updates.get(round.roundId) ?? [];
    const acks = [...round.acks].sort((a, b) => a - b);
    let u = 0;
    acks.forEach((at, i) => {
      while (u < shown.length && shown[u]!.count < i + 1) u++;
      if (u < shown.length) delays.push(Math.max(0, shown[u]!.at - at));
    });
  }
  delays.sort((a, b) => a - b);
  return { samples: delays.length, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99) };
}
