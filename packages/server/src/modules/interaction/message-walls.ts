import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import type { MessageWallPayload } from './interaction.payloads.js';
import { buildWall } from './message-views.js';

/** A wall is rebuilt at most this often (4 per second), however many approvals and upvotes arrive. */
export const WALL_INTERVAL_MS = 250;

interface Pending {
  timer: NodeJS.Timeout;
}

/**
 * Coalesces changes to each session's wall (approvals, pins, upvotes, 网友追问, the switch) into at
 * most one rebuild per WALL_INTERVAL_MS, built once from the database and published (through Redis,
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
    private readonly intervalMs = WALL_INTERVAL_MS,
  ) {}

  /** Notes that a session's wall changed; the new wall is published within the interval. */
  changed(sessionId: string): void {
    if (this.closed || this.pending.has(sessionId)) return;
    const wait = Math.max(0, (this.lastBuilt.get(sessionId) ?? 0) + this.intervalMs - Date.now());
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
      setTimeout(() => this.changed(sessionId), this.intervalMs).unref();
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
