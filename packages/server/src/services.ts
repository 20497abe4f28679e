// The composition root: every long-lived service is built here, once, in the order their
// dependencies need, each given by name only what it uses. Requests reach them through the GraphQL
// context (`ctx.services`); service functions name the few they use (see scope.ts).
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from './config.js';
import { hotStatements } from './db/statements.js';
import { createAppPubSub, type PubSub } from './graphql/pubsub.js';
import { whenReconnected } from './graphql/pubsub-recovery.js';
import { createLimiter } from './lib/rate-limit.js';
import type { RedisClients } from './lib/redis.js';
import type { Logger } from './logger.js';
import { AddressVolume } from './modules/anomaly/address-volume.js';
import { JoinLimiter } from './modules/anomaly/join-limiter.js';
import { LoginLimiter } from './modules/auth/login-limiter.js';
import { ClueGuards } from './modules/clue/clue-guards.js';
import { LogNotifier, type Notifier } from './modules/follow-up/notifier.js';
import { PhoneIdentity } from './modules/identity/identity.service.js';
import { PublicDevices } from './modules/identity/public-device.js';
import { MessageGuards } from './modules/interaction/message-guards.js';
import { MessageIntake } from './modules/interaction/message-intake.js';
import { MessageWalls } from './modules/interaction/message-walls.js';
import { SensitiveWordFilter } from './modules/interaction/word-filter.js';
import { LogSmsSender, YunpianSmsSender, type SmsSender } from './modules/identity/sms-sender.js';
import { AudiencePasses } from './modules/session/audience-pass.js';
import { Presence } from './modules/session/presence.js';
import { announceEveryLiveState } from './modules/session/session.service.js';
import { RoundRegistry } from './modules/vote/round-registry.js';
import { TallyHub } from './modules/vote/tally-hub.js';
import { VoteIntake, voteBatchOptions } from './modules/vote/vote-intake.js';
import type { ServerKeys } from './secrets/server-keys.js';
import { FileStore } from './storage/file-store.js';

/** Long-lived services shared by every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  loginLimiter: LoginLimiter;
  /** The root entity manager; each operation works on its own fork. */
  em: EntityManager;
  /** Signs and checks the passes of an audience's phones and claimed seats (a session's voters). */
  audiencePasses: AudiencePasses;
  /** Signs and checks the tokens of public devices outside any session (supporting clues). */
  publicDevices: PublicDevices;
  intake: VoteIntake;
  tallies: TallyHub;
  rounds: RoundRegistry;
  presence: Presence;
  joinLimiter: JoinLimiter;
  /** Rate limits of the public side of clues, and the seal on submitters' phone numbers. */
  clueGuards: ClueGuards;
  /** Uploaded photos and documents. */
  files: FileStore;
  /** Sends notices beyond the app (SMS, email); the default writes them to the log. */
  notifier: Notifier;
  /** The SMS border, shared by verification codes and submitters' notices, and the signature every text starts with. */
  sms: SmsSender;
  smsSignature: string;
  /** Passes and online ballots per network address, for staff to see volume live. */
  volume: AddressVolume;
  /** Proving mobile numbers by SMS code (online identity PHONE_CODE and ROSTER). */
  identity: PhoneIdentity;
  /** Limits on audience messages (网络互动) per pass and per address. */
  messageGuards: MessageGuards;
  /** The message path: audience messages batched into one INSERT, each answered after its batch commits. */
  messages: MessageIntake;
  /** The sensitive-word list in memory, reloaded when staff change it (on every instance). */
  words: SensitiveWordFilter;
  /** Each session's message wall, rebuilt at most 4 times a second (less for a large audience) and published once for every phone. */
  walls: MessageWalls;
}

/** What the services are built from: the configuration, the log, the database, its keys, and Redis when configured. */
export interface Foundations {
  config: Config;
  logger: Logger;
  em: EntityManager;
  keys: ServerKeys;
  redis: RedisClients | undefined;
}

/** Pub/sub warnings at most this often: a lost Redis fails every message, and one line says so. */
const PUBSUB_WARNING_MS = 10_000;

/** Builds every long-lived service, each after what it depends on; their timers and listeners start here. */
export function buildServices({ config, logger, em, keys, redis }: Foundations): AppServices {
  const limiter = (options: Parameters<typeof createLimiter>[2]) => createLimiter(redis?.main, config.redisPrefix, options);
  let pubsubWarnedAt = 0;
  const pubsub = createAppPubSub(
    redis && {
      publish: redis.main,
      subscribe: redis.subscriber,
      prefix: config.redisPrefix,
      onError: (error) => {
        if (Date.now() - pubsubWarnedAt < PUBSUB_WARNING_MS) return;
        pubsubWarnedAt = Date.now();
        logger.warn({ err: error }, 'redis pub/sub is failing; messages are lost until the resync after reconnecting');
      },
    },
  );
  const tallies = new TallyHub(em, pubsub, logger);
  const rounds = new RoundRegistry({ em, pubsub, tallies, logger });
  const sms = config.sms.gateway === 'yunpian' ? new YunpianSmsSender(config.sms) : new LogSmsSender(logger);
  const smsSignature = config.sms.gateway === 'yunpian' ? config.sms.signature : '【人大问政】';
  // What was published while Redis was away never arrived: tallies and live states are sent again.
  const words = new SensitiveWordFilter(em, pubsub, logger);
  const presence = new Presence(pubsub);
  const walls = new MessageWalls(em, pubsub, logger, (sessionId) => presence.connected(sessionId));
  const messageGuards = new MessageGuards(limiter, config);
  // A change of the word list announced meanwhile was lost too: the list is loaded again.
  if (redis)
    whenReconnected(redis.subscriber, logger, () => {
      words.invalidate();
      return resyncAfterOutage({ em, pubsub, tallies });
    });
  return {
    config,
    logger,
    em,
    pubsub,
    loginLimiter: new LoginLimiter(redis?.main, config.redisPrefix),
    joinLimiter: new JoinLimiter(limiter({ keyPrefix: 'join-ip', points: config.joinsPerMinutePerAddress, duration: 60 })),
    // Both token kinds are signed with the pass key, as they always were: issued tokens stay valid.
    audiencePasses: new AudiencePasses(keys.pass),
    publicDevices: new PublicDevices(keys.pass),
    tallies,
    // PGlite has one connection: one batch at a time; PostgreSQL overlaps a few.
    intake: new VoteIntake(
      hotStatements(em),
      tallies,
      logger,
      voteBatchOptions(config.databaseUrl ? config.voteBatchesAtOnce : 1, config.workers),
    ),
    rounds,
    presence,
    clueGuards: new ClueGuards(keys.seal, redis?.main, config),
    files: new FileStore(config.uploadDir),
    notifier: new LogNotifier(logger),
    volume: new AddressVolume(em.getKysely(), logger),
    sms,
    smsSignature,
    identity: new PhoneIdentity(keys.phoneHash, sms, smsSignature, {
      perNumber: limiter({ keyPrefix: 'sms-number', points: 5, duration: 3600 }),
      perAddress: limiter({ keyPrefix: 'sms-ip', points: config.smsPer10MinutesPerAddress, duration: 600 }),
    }),
    messageGuards,
    // PGlite has one connection: one batch at a time; PostgreSQL overlaps two.
    messages: new MessageIntake(em, messageGuards, words, pubsub, logger, {
      maxBatch: 500,
      maxWaitMs: 5,
      concurrency: config.databaseUrl ? 2 : 1,
    }),
    words,
    walls,
  };
}

/**
 * Live tallies are counted again from the database, and every live session announces its state
 * again (to every instance, through Redis).
 */
export async function resyncAfterOutage({ em, pubsub, tallies }: { em: EntityManager; pubsub: PubSub; tallies: TallyHub }): Promise<void> {
  await tallies.resyncAll();
  await announceEveryLiveState(em.fork(), pubsub);
}

/** Stops every service's timers and listeners, finishes closing the rounds being closed, and writes what the volume counter still holds. */
export async function closeServices(services: AppServices): Promise<void> {
  await services.rounds.close();
  services.presence.close();
  await services.volume.close();
  services.tallies.close();
  services.words.close();
  services.walls.close();
  services.messages.close();
}
