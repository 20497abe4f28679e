import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { notFound } from '../../graphql/errors.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import type { VoteSettings } from '../session/vote-settings.js';
import type { Ballot } from './ballot-type.js';
import { studioVotersByAccount } from '../roll/roll.service.js';
import { finalizeRound } from './round-closing.js';
import type { TallyHub } from './tally-hub.js';
import { VoteRound } from './vote-round.entity.js';

/** What a vote or a tally needs to know about its round, cached per round: whose it is and the rules it is counted by. */
export interface RoundFacts {
  sessionId: string;
  settings: VoteSettings;
  /** What may be answered, and how the round is decided. */
  ballot: Ballot;
  studioElectorate: number;
  /** The host has shown the result on air. */
  revealed: boolean;
  /** Representative accounts on the session's studio roll → their studio voter key (the roll is frozen once live). */
  studioVoters: Map<string, string>;
}

/** How often every instance looks for rounds whose windows have passed (timers make it exact; this makes it certain). */
const SWEEP_MS = 1_000;

/**
 * What the vote path needs to know about rounds without asking the database per vote, and the
 * clock that closes them: a timer per round opened here, plus a sweep that any instance may win.
 */
export class RoundRegistry {
  private readonly cached = new Map<string, Promise<RoundFacts>>();
  /** The same facts once loaded: the vote path takes them without waiting a turn for a settled promise. */
  private readonly known = new Map<string, RoundFacts>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Sweeps and closes under way: a stop waits for them, so a round being closed is not cut off from the database mid-way. */
  private readonly underWay = new Set<Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly stopListening: () => void;

  constructor(private readonly deps: { em: EntityManager; pubsub: PubSub; tallies: TallyHub; logger: Logger }) {
    this.sweeper = setInterval(() => this.track(this.sweep()), SWEEP_MS).unref();
    const closed = deps.pubsub.subscribe('ROUND_CLOSED');
    const revealed = deps.pubsub.subscribe('ROUND_REVEALED');
    void (async () => {
      for await (const { roundId } of closed) await this.markClosed(roundId);
    })().catch((error) => deps.logger.error({ err: error }, 'round listener stopped'));
    void (async () => {
      for await (const { roundId } of revealed) await this.markRevealed(roundId);
    })().catch((error) => deps.logger.error({ err: error }, 'round listener stopped'));
    this.stopListening = () => {
      void closed.return?.();
      void revealed.return?.();
    };
  }

  /** The round's facts, loaded once per round (NOT_FOUND for no such round). */
  facts(roundId: string): Promise<RoundFacts> {
    let facts = this.cached.get(roundId);
    if (!facts) {
      facts = this.load(roundId);
      facts.then(
        (loaded) => void this.known.set(roundId, loaded),
        () => void this.cached.delete(roundId),
      );
      this.cached.set(roundId, facts);
    }
    return facts;
  }

  /** The round's facts if they are loaded here already, else undefined (then ask `facts`). */
  loadedFacts(roundId: string): RoundFacts | undefined {
    return this.known.get(roundId);
  }

  closeAt(roundId: string, at: Date): void {
    clearTimeout(this.timers.get(roundId));
    const timer = setTimeout(
      () => {
        this.timers.delete(roundId);
        this.track(this.finalize(roundId));
      },
      Math.max(0, at.getTime() - Date.now()) + 5,
    );
    this.timers.set(roundId, timer.unref());
  }

  /** Closes every round whose windows have passed. */
  async sweep(): Promise<void> {
    try {
      const due = await this.deps.em
        .fork()
        .execute<{ id: string }[]>(
          `select id from vote_round where status = 'OPEN' and online_closes_at <= now() and studio_closes_at <= now()`,
        );
      for (const { id } of due) await this.finalize(id);
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'round sweep failed; retrying');
    }
  }

  /** Starts no more closes, and resolves once those under way have finished (before the database is let go). */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.stopListening();
    await Promise.all(this.underWay);
  }

  /** Neither rejects: each logs its own failure. */
  private track(work: Promise<void>): void {
    this.underWay.add(work);
    void work.then(() => this.underWay.delete(work));
  }

  private async finalize(roundId: string): Promise<void> {
    try {
      await finalizeRound(this.deps, roundId);
    } catch (error) {
      this.deps.logger.error({ err: error, roundId }, 'closing a round failed; the sweep will retry');
    }
  }

  private async markClosed(roundId: string): Promise<void> {
    await this.deps.tallies.resync(roundId); // the final counts, straight from the database
  }

  private async markRevealed(roundId: string): Promise<void> {
    const facts = this.cached.get(roundId);
    if (facts) (await facts).revealed = true;
    await this.deps.tallies.resync(roundId); // sends the tally again, now with its result
  }

  private async load(roundId: string): Promise<RoundFacts> {
    const em = this.deps.em.fork();
    const round = await em.findOne(VoteRound, { id: roundId }, { populate: ['session'] });
    if (!round) throw notFound('The round');
    return {
      sessionId: round.session.id,
      settings: round.settings,
      ballot: round.ballot,
      studioElectorate: round.session.studioElectorate,
      revealed: round.status === 'PUBLISHED',
      studioVoters: await studioVotersByAccount(em, round.session.id),
    };
  }
}
