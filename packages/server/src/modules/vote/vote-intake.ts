import type { HotStatement, RunHot } from '../../db/statements.js';
import { BatchQueue, type BatchOptions } from '../../lib/batch-queue.js';
import type { Logger } from '../../logger.js';
import { recordVoteBatch } from '../../ops/metrics.js';
import type { Channel } from './choice.js';

export interface VoteRequest {
  roundId: string;
  voterKey: string;
  /** Hash of the client's ballot id: a retry of the same ballot is acknowledged, not refused. */
  ballotKey: string;
  channel: Channel;
  /** The ballot's stored form: a Choice, or a CHOOSE_UP_TO_N ballot's picks (see `ballotKey`). */
  choice: string;
}

/** COUNTED: stored now. REPLAYED: this very ballot was stored before. */
export type VoteOutcome = 'COUNTED' | 'REPLAYED' | 'ALREADY_VOTED' | 'VOTING_CLOSED';

export interface CountedVote {
  roundId: string;
  channel: Channel;
  choice: string;
}

/** Where each committed batch's counted votes go, with the batch's transaction id: the live tallies (TallyHub). */
export interface CountedVoteSink {
  publishCounted(votes: CountedVote[], xid: string): void;
}

/** A vote waiting for its batch, and its voter's place in `VoteIntake.pending` until it is answered. */
class Pending {
  /** When it reached the intake, for the acknowledgement latency. */
  readonly at = performance.now();
  readonly outcome: Promise<VoteOutcome>;
  resolve!: (outcome: VoteOutcome) => void;
  reject!: (error: unknown) => void;

  constructor(
    /** `round|voter` */
    readonly key: string,
    readonly vote: VoteRequest,
  ) {
    this.outcome = new Promise<VoteOutcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

// One statement per batch: mark the votes inside their channel's window, register each voter once
// (the primary key refuses a second vote), count a ballot for each new registration, and report
// what happened to every input row. Data-modifying CTEs run exactly once, in one transaction.
// Every join is between rows of this batch (hash joins, in the generic plan PostgreSQL keeps for the
// prepared statement): its cost grows with the batch, never with the votes already stored.
const BATCH: HotStatement = {
  name: 'wz_vote_batch',
  sql: `
with input as (
  select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality
    as t(round_id, voter_key, ballot_key, channel, choice, n)
), checked as (
  select i.*, coalesce(r.status = 'OPEN'
    and statement_timestamp() >= case when i.channel = 'ONLINE' then r.online_opens_at else r.studio_opens_at end
    and statement_timestamp() < case when i.channel = 'ONLINE' then r.online_closes_at else r.studio_closes_at end, false) as in_window
  from input i left join vote_round r on r.id = i.round_id
), registered as (
  insert into vote_register (round_id, voter_key, ballot_key, channel)
  select round_id, voter_key, ballot_key, channel from checked where in_window
  on conflict do nothing
  returning round_id, voter_key
), counted as (
  insert into ballot (round_id, channel, choice)
  select c.round_id, c.channel, c.choice from checked c
  join registered g on g.round_id = c.round_id and g.voter_key = c.voter_key
  returning 1
)
select pg_current_xact_id()::text as xid, c.in_window, g.voter_key is not null as counted
from checked c left join registered g on g.round_id = c.round_id and g.voter_key = c.voter_key
order by c.n`,
};

/** For the votes a batch did not count: the ballot each voter has stored in the round, if any. */
const EARLIER: HotStatement = {
  name: 'wz_vote_earlier',
  sql: 'select voter_key, ballot_key from vote_register where round_id = $1 and voter_key = any($2::text[])',
};

interface BatchRow {
  xid: string;
  in_window: boolean;
  counted: boolean;
}

/**
 * How one server process batches votes: a batch is taken once 2,000 votes wait, or 4 ms after its first
 * vote; and the instance's `workers` processes share `batchesAtOnce` batches at a time. Statements beyond
 * what the database's cores run at once only make each vote cost it more, as they contend for the cores
 * and for the same index pages, while the votes that wait meanwhile join a larger batch, which costs the
 * database less a vote. But each process writes at least two (unless the whole instance may write only
 * one): a process writing one at a time holds every other vote behind it, which made the storm on one
 * question on eight processes about 45% slower (see bench/NOTES.md).
 */
export function voteBatchOptions(batchesAtOnce: number, workers: number): BatchOptions {
  return { maxBatch: 2_000, maxWaitMs: 4, concurrency: Math.max(Math.min(2, batchesAtOnce), Math.floor(batchesAtOnce / workers)) };
}

/**
 * The vote path. Votes wait a few milliseconds to be written together in one INSERT; each caller
 * is answered only after its batch has committed, so nothing acknowledged can be lost.
 */
export class VoteIntake {
  private readonly batches: BatchQueue<Pending>;
  /** The vote each voter has queued or in a batch, by `round|voter`. */
  private readonly pending = new Map<string, Pending>();

  constructor(
    /** The database, through hotStatements (db/statements.ts). */
    private readonly run: RunHot,
    /** Told after a batch commits, before its votes are answered. */
    private readonly tallies: CountedVoteSink,
    logger: Logger,
    /** See voteBatchOptions. */
    options: BatchOptions,
  ) {
    this.batches = new BatchQueue(
      (batch) => this.take(batch),
      (batch, error) => {
        logger.error({ err: error, batch: batch.length }, 'a vote batch failed; its votes were not acknowledged');
        for (const pending of batch) this.settle(pending).reject(error);
      },
      options,
    );
  }

  /**
   * One vote per voter and round is in flight at a time, and the others are answered from its outcome
   * without being queued: a retry of that ballot shares its answer; a different ballot is ALREADY_VOTED
   * once that one is stored (or was before), and is sent on only when that one fell outside the window.
   * So the queue holds no repeats, and a batch is simply its head: taking it costs O(batch) however many
   * votes one voter floods in.
   */
  submit(vote: VoteRequest): Promise<VoteOutcome> {
    const key = `${vote.roundId}|${vote.voterKey}`;
    const pending = this.pending.get(key);
    if (pending) {
      if (pending.vote.ballotKey === vote.ballotKey)
        return pending.outcome.then((outcome) => (outcome === 'COUNTED' ? 'REPLAYED' : outcome));
      return pending.outcome.then((outcome) => (outcome === 'VOTING_CLOSED' ? this.submit(vote) : 'ALREADY_VOTED'));
    }
    const queued = new Pending(key, vote);
    this.pending.set(key, queued);
    this.batches.push(queued);
    return queued.outcome;
  }

  /** Lets its voter's next vote be queued (until then, answered from this one's outcome). */
  private settle(pending: Pending): Pending {
    if (this.pending.get(pending.key) === pending) this.pending.delete(pending.key);
    return pending;
  }

  /** Votes waiting for a batch (for the metrics). */
  get queued(): number {
    return this.batches.length;
  }

  /** Stores a batch (no voter is in it twice for one round: see submit), answers its votes, then tells the tallies. */
  private async take(batch: Pending[]): Promise<void> {
    const { outcomes, xid } = await this.write(batch.map((p) => p.vote));
    batch.forEach((pending, i) => this.settle(pending).resolve(outcomes[i]!));
    const counted = batch
      .filter((_, i) => outcomes[i] === 'COUNTED')
      .map(({ vote }) => ({ roundId: vote.roundId, channel: vote.channel, choice: vote.choice }));
    if (counted.length > 0) this.tallies.publishCounted(counted, xid);
    recordVoteBatch(
      batch.map((p) => p.at),
      counted,
    );
  }

  private async write(votes: VoteRequest[]): Promise<{ outcomes: VoteOutcome[]; xid: string }> {
    const columns = (pick: (v: VoteRequest) => string) => votes.map(pick);
    const rows = await this.run<BatchRow>(BATCH, [
      columns((v) => v.roundId),
      columns((v) => v.voterKey),
      columns((v) => v.ballotKey),
      columns((v) => v.channel),
      columns((v) => v.choice),
    ]);
    const earlier = await this.earlierBallots(votes.filter((_, i) => !rows[i]!.counted));
    const outcomes = votes.map((vote, i): VoteOutcome => {
      if (rows[i]!.counted) return 'COUNTED';
      // A retry gets the original answer, also once the window has closed (its answer may have been
      // lost in a restart just before): telling that phone VOTING_CLOSED would say its vote did not count.
      if (earlier.get(`${vote.roundId}|${vote.voterKey}`) === vote.ballotKey) return 'REPLAYED';
      return rows[i]!.in_window ? 'ALREADY_VOTED' : 'VOTING_CLOSED';
    });
    return { outcomes, xid: rows[0]!.xid };
  }

  /**
   * Looked up after the batch's statement, so a ballot a concurrent batch stored meanwhile is seen
   * too (the insert waited for it, then skipped the voter). Keyed `round|voter`.
   */
  private async earlierBallots(votes: VoteRequest[]): Promise<Map<string, string>> {
    const earlier = new Map<string, string>();
    for (const roundId of new Set(votes.map((v) => v.roundId))) {
      const voterKeys = votes.filter((v) => v.roundId === roundId).map((v) => v.voterKey);
      const rows = await this.run<{ voter_key: string; ballot_key: string }>(EARLIER, [roundId, voterKeys]);
      for (const row of rows) earlier.set(`${roundId}|${row.voter_key}`, row.ballot_key);
    }
    return earlier;
  }
}
