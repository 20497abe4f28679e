import { randomUUID } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import type { PubSub, TallyDelta } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import { committedBefore, countBallots, type BallotCount } from './ballot-counts.js';
import { emptyCounts, type Counts } from './result.js';
import type { CountedVote } from './vote-intake.js';

export interface TallySnapshot {
  roundId: string;
  counts: Counts;
}

interface Tracked {
  counts: Counts;
  /** The database snapshot `counts` was loaded in; undefined while loading. */
  snapshot: string | undefined;
  /** Deltas heard while loading, sorted out once the snapshot is known. */
  early: TallyDelta[];
  dirty: boolean;
  loaded: Promise<void>;
  listeners: Set<(snapshot: TallySnapshot) => void>;
}

/** Screens get at most this many tally updates a second, however fast votes arrive. */
const FRAME_MS = 100;

/**
 * Live tallies of the rounds someone watches here, kept from the rows each batch returns. Every
 * instance hears every batch through pub/sub, so a screen on one instance shows votes cast on another.
 * The database stays the source of truth: a round's counts are loaded from it when first watched and
 * whenever `resync` is asked.
 */
export class TallyHub {
  private readonly rounds = new Map<string, Tracked>();
  private readonly instanceId = randomUUID();
  private readonly frame: NodeJS.Timeout;
  private readonly stopListening: () => void;

  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {
    this.frame = setInterval(() => this.emitDirty(), FRAME_MS).unref();
    const deltas = this.pubsub.subscribe('TALLY_DELTA');
    void (async () => {
      for await (const delta of deltas) if (delta.origin !== this.instanceId) this.apply(delta);
    })().catch((error) => this.logger.error({ err: error }, 'tally listener stopped'));
    this.stopListening = () => void deltas.return?.();
  }

  /**
   * Called after a batch commits, before its votes are answered: applied here at once, so a tally read
   * on this instance already counts every vote it acknowledged; one message per round for the others.
   */
  publishCounted(votes: CountedVote[], xid: string): void {
    const byRound = new Map<string, Map<string, TallyDelta['added'][number]>>();
    for (const vote of votes) {
      const added = byRound.get(vote.roundId) ?? new Map();
      byRound.set(vote.roundId, added);
      const key = `${vote.channel}|${vote.choice}`;
      const entry = added.get(key) ?? { channel: vote.channel, choice: vote.choice, count: 0 };
      entry.count++;
      added.set(key, entry);
    }
    for (const [roundId, added] of byRound) {
      const delta: TallyDelta = { roundId, origin: this.instanceId, xid, added: [...added.values()] };
      this.apply(delta);
      this.pubsub.publish('TALLY_DELTA', delta);
    }
  }

  /** The current tally: the live one if this instance tracks the round, else the database's. */
  async snapshot(roundId: string): Promise<TallySnapshot> {
    const round = this.rounds.get(roundId);
    if (!round) return { roundId, counts: (await countBallots(this.em.fork(), roundId)).counts };
    await round.loaded;
    return { roundId, counts: structuredClone(round.counts) };
  }

  /** The current tally at once, then at most one update per frame while it changes. */
  watch(roundId: string): AsyncIterable<TallySnapshot> {
    return new Repeater<TallySnapshot>(async (push, stop) => {
      const round = this.track(roundId);
      const listener = (snapshot: TallySnapshot) => void push(snapshot);
      round.listeners.add(listener);
      await push(await this.snapshot(roundId));
      await stop;
      round.listeners.delete(listener);
      // Only watched rounds are tracked; a later watcher starts again from the database.
      if (round.listeners.size === 0 && this.rounds.get(roundId) === round) this.rounds.delete(roundId);
    }, new SlidingBuffer(1));
  }

  /** Replaces a watched round's counts with the database's, e.g. at close or after a pub/sub outage. */
  async resync(roundId: string): Promise<void> {
    const round = this.rounds.get(roundId);
    if (!round) return;
    await round.loaded;
    round.snapshot = undefined;
    this.fill(round, await countBallots(this.em.fork(), roundId));
  }

  /** Every watched round again from the database: after a pub/sub outage, deltas may have been lost. */
  async resyncAll(): Promise<void> {
    await Promise.all([...this.rounds.keys()].map((roundId) => this.resync(roundId)));
  }

  close(): void {
    clearInterval(this.frame);
    this.stopListening();
  }

  private track(roundId: string): Tracked {
    let round = this.rounds.get(roundId);
    if (!round) {
      const tracked: Tracked = {
        counts: emptyCounts(),
        snapshot: undefined,
        early: [],
        dirty: false,
        listeners: new Set(),
        loaded: Promise.resolve(),
      };
      tracked.loaded = countBallots(this.em.fork(), roundId).then((loaded) => this.fill(tracked, loaded));
      this.rounds.set(roundId, tracked);
      round = tracked;
    }
    return round;
  }

  /** Takes the database's counts, then adds exactly the deltas of batches that committed after them. */
  private fill(round: Tracked, loaded: BallotCount): void {
    round.counts = loaded.counts;
    round.snapshot = loaded.snapshot;
    round.dirty = true;
    const early = round.early;
    round.early = [];
    for (const delta of early) this.add(round, delta);
  }

  private apply(delta: TallyDelta): void {
    const round = this.rounds.get(delta.roundId);
    if (!round) return; // nobody here watches it; it is loaded from the database when someone does
    if (round.snapshot === undefined) round.early.push(delta);
    else this.add(round, delta);
  }

  private add(round: Tracked, delta: TallyDelta): void {
    if (committedBefore(delta.xid, round.snapshot!)) return; // already in the loaded counts
    for (const { channel, choice, count } of delta.added) round.counts[channel][choice] = (round.counts[channel][choice] ?? 0) + count;
    round.dirty = true;
  }

  private emitDirty(): void {
    for (const [roundId, round] of this.rounds) {
      if (!round.dirty || round.listeners.size === 0) continue;
      round.dirty = false;
      const snapshot = { roundId, counts: structuredClone(round.counts) };
      for (const listener of round.listeners) listener(snapshot);
    }
  }
}
