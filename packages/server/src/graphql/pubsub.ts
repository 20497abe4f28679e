import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { DirectoryEventPayload } from '../modules/directory/directory.type.js';
import type { LiveState } from '../modules/session/session.type.js';
import type { Channel } from '../modules/vote/choice.js';
import type { MessageWallPayload, ModerationPayload } from '../modules/interaction/interaction.payloads.js';

// The payloads are declared here, beside the topics, so the services that publish and hear them
// depend on pub/sub and never the other way round.

/** Published once per committed batch (never per vote): what one batch added to one round. */
export interface TallyDelta {
  roundId: string;
  /** The instance that committed the batch: it has applied the delta already. */
  origin: string;
  /** The batch's transaction: a delta already in a loaded count must not be added again. */
  xid: string;
  /** Counts by the ballot's stored form (a choice, or a CHOOSE_UP_TO_N ballot's picks). */
  added: { channel: Channel; choice: string; count: number }[];
}

/** One instance's count of connected phones per session (see Presence). */
export interface PresenceReport {
  instanceId: string;
  at: number;
  /** Connected phones per session on that instance. */
  sessions: Record<string, number>;
}

/** Every topic and its payload: plain data only, so events survive Redis serialisation unchanged. */
export interface Topics {
  [key: string]: [unknown] | [string | number, unknown];
  DIRECTORY: [DirectoryEventPayload];
  /** The new public state of a session, after each change of live state (topic id: the session). */
  LIVE_STATE: [sessionId: string, state: LiveState];
  /** What one committed vote batch added to one round. */
  TALLY_DELTA: [TallyDelta];
  ROUND_CLOSED: [{ roundId: string }];
  ROUND_REVEALED: [{ roundId: string }];
  /** A clue arrived from the public (after its commit). */
  CLUE_SUBMITTED: [{ clueId: string }];
  /** Staff sign-ins that ended (signed out, revoked, account deactivated): their sockets close. */
  AUTH_ENDED: [{ authSessionIds: string[] }];
  /** A session ended: its phones' sockets close. */
  SESSION_ENDED: [{ sessionId: string }];
  /** Each instance's count of phones following each session. */
  PRESENCE: [PresenceReport];
  /** The approved messages of a session as the public sees them, built once per change (coalesced). */
  MESSAGE_WALL: [sessionId: string, wall: MessageWallPayload];
  /** Messages that arrived (one event per batch) or one that changed (moderators' queue); dates as ISO strings. */
  MODERATION: [sessionId: string, messages: ModerationPayload[]];
  /** Staff changed the sensitive-word list: every instance reloads it. */
  SENSITIVE_WORDS_CHANGED: [{ at: number }];
}

export type PubSub = ReturnType<typeof createAppPubSub>;

/**
 * In-process by default; with Redis, every server instance sees every event. While Redis is away,
 * events are lost (see `resyncAfterOutage`), but the process lives on: the event target neither
 * awaits nor catches its Redis commands, so a failed one would be an unhandled rejection.
 */
export function createAppPubSub(redis?: { publish: Redis; subscribe: Redis; prefix: string; onError?: (error: unknown) => void }) {
  if (!redis) {
    // Each staff tab following a topic is a listener; Node warns past ten of them on one target.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return createPubSub<Topics>({ eventTarget });
  }
  const onError = redis.onError ?? (() => {});
  const publishClient = { publish: (channel: string, message: string) => redis.publish.publish(channel, message).catch(onError) };
  const subscribeClient = {
    on: (event: 'message', listener: (channel: string, message: string) => void) => redis.subscribe.on(event, listener),
    subscribe: (channel: string) => redis.subscribe.subscribe(channel).catch(onError),
    unsubscribe: (channel: string) => redis.subscribe.unsubscribe(channel).catch(onError),
  };
  const target = createRedisEventTarget<CustomEvent>({
    publishClient: publishClient as unknown as Redis,
    subscribeClient: subscribeClient as unknown as Redis,
  });
  return createPubSub<Topics>({ eventTarget: withChannelPrefix(target, redis.prefix) });
}

type EventTarget = ReturnType<typeof createRedisEventTarget<CustomEvent>>;

/** Namespaces Redis channels, so deployments (or test runs) sharing one Redis do not hear each other. */
function withChannelPrefix(target: EventTarget, prefix: string): EventTarget {
  return {
    addEventListener: (type, listener, options) => target.addEventListener(prefix + type, listener, options),
    removeEventListener: (type, listener, options) => target.removeEventListener(prefix + type, listener, options),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(prefix + event.type, { detail: event.detail })),
  };
}
