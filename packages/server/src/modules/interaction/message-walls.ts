import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import type { MessageWallPayload } from './interaction.payloads.js';
import { buildWall } from './message-views.js';

/** A wall is rebuilt at most this often (4 per second) for a small audience, however many changes arrive. */
export const WALL_INTERVAL_MS = 250;
/** ...and never less often than this, however large the audience. */
export const WALL_MAX_INTERVAL_MS = 2_000;
/**
 * The interval grows by this much per connected phone. Sending one wall costs about 40 µs of server
 * time per phone (measured on the message benchmark, whatever the wall's size): at 0.1 ms per phone,
 * walls take at most ~40% of one core however busy the moderators and the upvoters are, and the rest
 * is left for votes, messages and the moderation queue (20,000 phones: one wall every 2 s).
 */
const WALL_MS_PER_PHONE = 0.1;

/** How often a session's wall may go out to `phones` connected phones. */
export const wallInterval = (phones: number, minimumMs = WALL_INTERVAL_MS) =>
  Math.min(Math.max(minimumMs, phones * WALL_MS_PER_PHONE), Math.max(minimumMs, WALL_MAX_INTERVAL_MS));

interface Pending {
  timer: NodeJS.Timeout;
}

/**
 * Coalesces changes to each session's wall (approvals, pins, upvotes, 网友追问, the switch) into at
 * most one rebuild per interval (wallInterval: longer for a larger audience), built once from the database and published (through Redis,
 * to every instance) as the MESSAGE_WALL event that every subscribed phone and screen is sent as is.
 */
export class MessageWalls {
  private readonly pending = new Map<string, Pending>();
  private readonly lastBuilt = new Map<string, number>();
  private readonly building = new Set<string>();
  private closed = false;
  /** The last wall built here, for queries and new subscriptions: thousands of phones opening the page cost one build. */
  private readonly latest = new Map<string, { at: number; wall: Promise<MessageWallPayload> }>();

  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    /** Phones connected to a session, across instances (see Presence). */
    private readonly phonesOf: (sessionId: string) => number = () => 0,
    private readonly intervalMs = WALL_INTERVAL_MS,
  ) {}

  private interval(sessionId: string): number {
    return wallInterval(this.phonesOf(sessionId), this.intervalMs);
  }

  /** Notes that a session's wall changed; the new wall is published within the interval. */
  changed(sessionId: string): void {
    if (this.closed || this.pending.has(sessionId)) return;
    const wait = Math.max(0, (this.lastBuilt.get(sessionId) ?? 0) + this.interval(sessionId) - Date.now());
    const timer = setTimeout(() => void this.publish(sessionId), wait);
    timer.unref();
    this.pending.set(sessionId, { timer });
  }

  /** The session's wall as built at most a second ago (and with no change waiting), else built now. */
  current(sessionId: string): Promise<MessageWallPayload> {
    const cached = this.latest.get(sessionId);
    if (cached && !this.pending.has(sessionId) && Date.now() - cached.at < 1_000) return cached.wall;
    return this.build(sessionId);
  }

  /** A wall published by any instance (heard by a subscription here): newer than what this instance built. */
  remember(wall: MessageWallPayload): void {
    this.latest.set(wall.sessionId, { at: Date.now(), wall: Promise.resolve(wall) });
  }

  private build(sessionId: string): Promise<MessageWallPayload> {
    const wall = buildWall(this.em.fork(), sessionId);
    if (this.latest.size > 1_000) this.latest.clear();
    this.latest.set(sessionId, { at: Date.now(), wall });
    wall.catch(() => this.latest.get(sessionId)?.wall === wall && this.latest.delete(sessionId));
    return wall;
  }

  private async publish(sessionId: string): Promise<void> {
    // One rebuild per session at a time: a change meanwhile waits for the next one.
    if (this.building.has(sessionId)) {
      this.pending.delete(sessionId);
      setTimeout(() => this.changed(sessionId), this.interval(sessionId)).unref();
      return;
    }
    this.pending.delete(sessionId);
    this.building.add(sessionId);
    this.lastBuilt.set(sessionId, Date.now());
    try {
      const wall = await this.build(sessionId);
      if (!this.closed) this.pubsub.publish('MESSAGE_WALL', sessionId, wall);
    } catch (error) {
      this.logger.warn({ err: error, sessionId }, 'a message wall could not be rebuilt');
    } finally {
      this.building.delete(sessionId);
      if (this.lastBuilt.size > 1_000) this.lastBuilt.clear();
    }
  }

  close(): void {
    this.closed = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.latest.clear();
  }
}
