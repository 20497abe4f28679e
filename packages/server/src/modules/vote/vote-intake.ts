import { CompiledQuery, type Kysely } from 'kysely';
import type { Logger } from '../../logger.js';
import type { Channel, Choice } from './choice.js';

export interface VoteRequest {
  roundId: string;
  voterKey: string;
  /** Hash of the client's ballot id: a retry of the same ballot is acknowledged, not refused. */
  ballotKey: string;
  channel: Channel;
  choice: Choice;
}

/** COUNTED: stored now. REPLAYED: this very ballot was stored before. */
export type VoteOutcome = 'COUNTED' | 'REPLAYED' | 'ALREADY_VOTED' | 'VOTING_CLOSED';

export interface CountedVote {
  roundId: string;
  channel: Channel;
  choice: Choice;
}

interface Pending {
  vote: VoteRequest;
  resolve: (outcome: VoteOutcome) => void;
  reject: (error: unknown) => void;
}

// One statement per batch: keep votes inside their channel's window, register each voter once
// (the primary key refuses a second vote), count a ballot for each new registration, and report
// what happened to every input row. Data-modifying CTEs run exactly once, in one transaction.
const BATCH_SQL = `
with input as (
  select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality
    as t(round_id, voter_key, ballot_key, channel, choice, n)
), open_input as (
  select i.* from input i join vote_round r on r.id = i.round_id
  where r.status = 'OPEN'
    and statement_timestamp() >= case when i.channel = 'ONLINE' then r.online_opens_at else r.studio_opens_at end
    and statement_timestamp() < case when i.channel = 'ONLINE' then r.online_closes_at else r.studio_closes_at end
), registered as (
  insert into vote_register (round_id, voter_key, ballot_key, channel)
  select round_id, voter_key, ballot_key, channel from open_input
  on conflict do nothing
  returning round_id, voter_key
), counted as (
  insert into ballot (round_id, channel, choice)
  select o.round_id, o.channel, o.choice from open_input o
  join registered g on g.round_id = o.round_id and g.voter_key = o.voter_key
  returning 1
)
select pg_current_xact_id()::text as xid, o.voter_key is not null as in_window, g.voter_key is not null as counted, e.ballot_key as earlier_ballot_key
from input i
left join open_input o on o.round_id = i.round_id and o.voter_key = i.voter_key
left join registered g on g.round_id = i.round_id and g.voter_key = i.voter_key
left join vote_register e on e.round_id = i.round_id and e.voter_key = i.voter_key
order by i.n`;

const EARLIER_SQL = 'select voter_key, ballot_key from vote_register where round_id = $1 and voter_key = any($2::text[])';

interface BatchRow {
  xid: string;
  in_window: boolean;
  counted: boolean;
  earlier_ballot_key: string | null;
}

/**
 * The vote path. Votes wait a few milliseconds to be written together in one INSERT; each caller
 * is answered only after its batch has committed, so nothing acknowledged can be lost.
 */
export class VoteIntake {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;

  constructor(
    private readonly db: Kysely<unknown>,
    /** After a batch commits: what it counted, and its transaction id (see TallyHub). */
    private readonly onCounted: (votes: CountedVote[], xid: string) => void,
    private readonly logger: Logger,
    private readonly options = { maxBatch: 2_000, maxWaitMs: 4, concurrency: 4 },
  ) {}

  submit(vote: VoteRequest): Promise<VoteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ vote, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.inFlight >= this.options.concurrency || this.queue.length === 0) return;
    if (this.queue.length >= this.options.maxBatch) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.options.maxWaitMs);
    }
  }

  private async flush(): Promise<void> {
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      const { outcomes, xid } = await this.write(batch.map((p) => p.vote));
      batch.forEach((pending, i) => pending.resolve(outcomes[i]!));
      const counted = batch.filter((_, i) => outcomes[i] === 'COUNTED').map(({ vote }) => ({ roundId: vote.roundId, channel: vote.channel, choice: vote.choice }));
      if (counted.length > 0) this.onCounted(counted, xid);
    } catch (error) {
      this.logger.error({ err: error, batch: batch.length }, 'a vote batch failed; its votes were not acknowledged');
      for (const pending of batch) pending.reject(error);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  /** Up to maxBatch votes with no voter twice in the same round; repeats wait for the next batch. */
  private takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const seen = new Set<string>();
    for (const pending of this.queue) {
      const key = `${pending.vote.roundId}|${pending.vote.voterKey}`;
      if (batch.length < this.options.maxBatch && !seen.has(key)) {
        seen.add(key);
        batch.push(pending);
      } else {
        rest.push(pending);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async write(votes: VoteRequest[]): Promise<{ outcomes: VoteOutcome[]; xid: string }> {
    const columns = (pick: (v: VoteRequest) => string) => votes.map(pick);
    const { rows } = await this.db.executeQuery<BatchRow>(
      CompiledQuery.raw(BATCH_SQL, [
        columns((v) => v.roundId),
        columns((v) => v.voterKey),
        columns((v) => v.ballotKey),
        columns((v) => v.channel),
        columns((v) => v.choice),
      ]),
    );
    const outcomes = votes.map((vote, i): VoteOutcome | undefined => {
      const row = rows[i]!;
      if (row.counted) return 'COUNTED';
      // A retry gets the original answer, also once the window has closed (its answer may have been
      // lost in a restart just before): telling that phone VOTING_CLOSED would say its vote did not count.
      if (row.earlier_ballot_key === vote.ballotKey) return 'REPLAYED';
      if (!row.in_window) return 'VOTING_CLOSED';
      if (row.earlier_ballot_key !== null) return 'ALREADY_VOTED';
      return undefined; // registered by a concurrent batch after this statement's snapshot
    });
    await this.resolveRaces(votes, outcomes);
    return { outcomes: outcomes as VoteOutcome[], xid: rows[0]!.xid };
  }

  private async resolveRaces(votes: VoteRequest[], outcomes: (VoteOutcome | undefined)[]): Promise<void> {
    const raced = votes.filter((_, i) => outcomes[i] === undefined);
    if (raced.length === 0) return;
    for (const roundId of new Set(raced.map((v) => v.roundId))) {
      const inRound = raced.filter((v) => v.roundId === roundId);
      const { rows } = await this.db.executeQuery<{ voter_key: string; ballot_key: string }>(
        CompiledQuery.raw(EARLIER_SQL, [roundId, inRound.map((v) => v.voterKey)]),
      );
      const earlier = new Map(rows.map((r) => [r.voter_key, r.ballot_key]));
      votes.forEach((vote, i) => {
        if (outcomes[i] === undefined && vote.roundId === roundId) outcomes[i] = earlier.get(vote.voterKey) === vote.ballotKey ? 'REPLAYED' : 'ALREADY_VOTED';
      });
    }
  }
}
