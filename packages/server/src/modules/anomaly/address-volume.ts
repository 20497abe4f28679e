import { CompiledQuery, type Kysely } from 'kysely';
import { addressKey } from '../../http/client-address.js';
import type { Logger } from '../../logger.js';

// Counts of a session or round deleted meanwhile (a rehearsal reset) are dropped by the joins.
const JOINS_SQL = `
insert into address_joins (session_id, address, joins, first_at, last_at)
select t.s, t.a, t.n, now(), now() from unnest($1::uuid[], $2::text[], $3::int[]) as t(s, a, n) join session on session.id = t.s
on conflict (session_id, address) do update set joins = address_joins.joins + excluded.joins, last_at = excluded.last_at`;

const BALLOTS_SQL = `
insert into address_ballots (round_id, address, ballots)
select t.r, t.a, t.n from unnest($1::uuid[], $2::text[], $3::int[]) as t(r, a, n) join vote_round on vote_round.id = t.r
on conflict (round_id, address) do update set ballots = address_ballots.ballots + excluded.ballots`;

/** How often the counts reach the database: staff see volume within about a second. */
const FLUSH_MS = 1_000;

/**
 * Counts online passes per (session, address) and counted online ballots per (round, address), so
 * staff see volume from one address live, not only refusals. Counted in memory and written once a
 * second as one upsert per table: a studio's whole audience shares one address, and a row per join
 * or vote would make every phone wait on the same row lock. Each instance adds its own counts. An
 * address is counted by its addressKey (an IPv6 client by its /64).
 */
export class AddressVolume {
  private joins: Counts = new Map();
  private ballots: Counts = new Map();
  /**
   * Each address's key, worked out once per flush: a phone votes from the same address all evening,
   * and an IPv6 one takes a URL parse (about 2 µs) to canonicalise.
   */
  private addressKeys = new Map<string, string>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS).unref();
  }

  countJoin(sessionId: string, address: string): void {
    bump(this.joins, sessionId, this.keyOf(address));
  }

  countBallot(roundId: string, address: string): void {
    bump(this.ballots, roundId, this.keyOf(address));
  }

  private keyOf(address: string): string {
    let key = this.addressKeys.get(address);
    if (key === undefined) this.addressKeys.set(address, (key = addressKey(address).slice(0, 64)));
    return key;
  }

  /** Writes what was counted since the last flush; what fails to write is kept for the next. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const joins = this.joins;
      const ballots = this.ballots;
      this.joins = new Map();
      this.ballots = new Map();
      this.addressKeys = new Map();
      try {
        await this.write(JOINS_SQL, joins);
        joins.clear();
        await this.write(BALLOTS_SQL, ballots);
      } catch (error) {
        this.logger.warn({ err: error }, 'could not record the volume per address; retrying');
        addAll(this.joins, joins);
        addAll(this.ballots, ballots);
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(sql: string, counts: Counts): Promise<void> {
    if (counts.size === 0) return;
    const ids: string[] = [];
    const addresses: string[] = [];
    const ns: number[] = [];
    // Every instance writes its rows in the same order: two instances upserting the same rows in
    // different orders deadlock, and PostgreSQL cancels one of them only after a second.
    for (const [id, byAddress] of [...counts].sort(byKey)) {
      for (const [address, n] of [...byAddress].sort(byKey)) {
        ids.push(id);
        addresses.push(address);
        ns.push(n);
      }
    }
    await this.db.executeQuery(CompiledQuery.raw(sql, [ids, addresses, ns]));
  }
}

/** Counts by session or round, then by address key: a vote adds to them without making a key string. */
type Counts = Map<string, Map<string, number>>;

function bump(counts: Counts, id: string, address: string, n = 1): void {
  let byAddress = counts.get(id);
  if (!byAddress) counts.set(id, (byAddress = new Map()));
  byAddress.set(address, (byAddress.get(address) ?? 0) + n);
}

function addAll(into: Counts, counts: Counts): void {
  for (const [id, byAddress] of counts) for (const [address, n] of byAddress) bump(into, id, address, n);
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
