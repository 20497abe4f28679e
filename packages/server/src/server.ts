// Loaded first: the GraphQL types' decorators need the metadata API before any of them is evaluated.
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { openDatabase } from './db/orm.js';
import { seedIfEmpty } from './db/seeders/seed.js';
import { buildContext, type Context, type TransportInfo } from './graphql/context.js';
import { buildAppSchema } from './graphql/schema.js';
import { createHttpApp, mountHttpRoutes } from './http/app.js';
import { listen } from './http/listen.js';
import { attachWebSocket } from './http/ws-server.js';
import { createLimiter } from './lib/rate-limit.js';
import { connectRedis, disconnectRedis, whenReady } from './lib/redis.js';
import { createLogger, type Logger } from './logger.js';
import { addMetricSource } from './ops/metrics.js';
import { serveSnapshots } from './ops/snapshot.js';
import { AuditSealer } from './modules/audit/audit-chain.js';
import { AuditPurgeJob } from './modules/audit/audit-retention.js';
import { EVIDENCE_UPLOADS_PER_10_MINUTES } from './modules/follow-up/follow-up.routes.js';
import { useCryptoSuite } from './secrets/crypto-suite.js';
import { loadKeyRing } from './secrets/key-ring.js';
import { loadServerKeys } from './secrets/server-keys.js';
import { PhotoSweeper } from './modules/clue/photo-sweeper.js';
import { SubmitterNoticeJob } from './modules/clue/submitter-notices.js';
import { ReminderJob } from './modules/follow-up/reminders.js';
import { buildServices, closeServices, type AppServices } from './services.js';

export interface RunningServer {
  url: string;
  /** Credentials created by the seed on this start, to print once; empty when nothing was seeded, and in production. */
  seededCredentials: { username: string; password: string; role: string }[];
  /** In production, when the seed created accounts on this start: the file (mode 0600) holding their passwords. */
  passwordFile: string | undefined;
  logger: Logger;
  /** The database, for start-up tasks, scripts and tests; requests use their own forks. */
  orm: MikroORM;
  /** The executable schema and the context a request with `transport` gets: for tests that call operations in-process (fuzzing). */
  schema: GraphQLSchema;
  context(transport: TransportInfo): Promise<Context>;
  /** Drains HTTP and WebSocket clients, then closes the database and Redis. */
  stop(): Promise<void>;
}

/** Starts one server instance: GraphQL over HTTP and WebSocket on one port, plus health checks and the web app. */
export async function createServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  // Before any key is unwrapped or made: what this process writes is protected under this suite.
  useCryptoSuite(config.cryptoSuite);
  const ring = loadKeyRing(config.secretKey);
  const {
    orm,
    prepared: { keys, seeded },
  } = await openDatabase(config, logger, async (em) => {
    const keys = await loadServerKeys(em, ring, logger);
    return { keys, seeded: await seedIfEmpty(em, config, keys.seal) };
  });
  const em = orm.em as SqlEntityManager;
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  if (redis) await whenReady(redis);

  const services = buildServices({ config, logger, em, keys, redis });
  await services.rounds.sweep();
  const schema = await buildAppSchema(services.pubsub);

  const { app, trustProxy } = createHttpApp(config);
  const httpServer = http.createServer(app);
  const ws = attachWebSocket(httpServer, { schema, services, trustProxy });
  const routes = await mountHttpRoutes(app, {
    services,
    orm,
    schema,
    httpServer,
    drain: ws.drain,
    disposeWebSocket: ws.dispose,
    evidenceUploads: createLimiter(redis?.main, config.redisPrefix, {
      keyPrefix: 'evidence-account',
      points: EVIDENCE_UPLOADS_PER_10_MINUTES,
      duration: 600,
    }),
  });
  const jobs = startJobs(services);
  // The embedded database is copied by this process for scripts/backup.sh (see ops/snapshot.ts).
  const stopSnapshots = config.databaseUrl ? async () => undefined : await serveSnapshots(config.dataDir, orm, logger);
  const removeMetrics = addMetricSource({
    webSockets: ws.clients,
    intakeQueue: () => services.intake.queued,
    pingDatabase: () => orm.isConnected(),
    pingRedis: redis && (() => redis.main.ping()),
  });

  // Worker processes each listen on the port themselves (SO_REUSEPORT): the kernel spreads new
  // connections evenly over them, where the cluster primary would hand most to the least busy one.
  const ownSocket = config.workers > 1;
  const listenFailure = await listen(httpServer, { port: config.port, host: config.host, reusePort: ownSocket, exclusive: ownSocket }).then(
    () => undefined,
    (error: unknown) => error,
  );

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await ws.drain.drain();
      removeMetrics();
      await routes.close();
      ws.close();
      await jobs.close();
      await stopSnapshots();
      await closeServices(services);
      await orm.close();
      if (redis) await disconnectRedis(redis);
      logger.info('server stopped');
    })());
  if (listenFailure) {
    // A server that cannot listen leaves nothing running (the reminder job would still send notices);
    // the caller says why (main.ts: one sentence, and a non-zero exit).
    await stop().catch((error: unknown) => logger.warn({ err: error }, 'clean-up after the failed listen did not finish'));
    throw listenFailure;
  }
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ url, database: config.databaseUrl ? 'postgresql' : 'embedded', redis: Boolean(redis) }, 'server listening');
  return {
    url,
    seededCredentials: seeded.credentials,
    passwordFile: seeded.passwordFile,
    logger,
    orm,
    schema,
    context: async (transport) => buildContext(services, transport),
    stop,
  };
}

/** The jobs every instance runs on a timer (each safe to run on several instances at once). */
function startJobs(services: AppServices): { close(): Promise<void> } {
  const photoSweeper = new PhotoSweeper(services);
  const reminders = new ReminderJob(services);
  const submitterNotices = new SubmitterNoticeJob(
    {
      ...services,
      phones: services.clueGuards.phones,
      signature: services.smsSignature,
      publicUrl: services.config.publicUrl,
    },
    services.config.submitterNoticeSeconds * 1000,
  );
  const auditSealer = new AuditSealer(services.em, services.logger);
  const { auditPurge, auditRetentionDays } = services.config;
  const auditPurger = auditPurge ? new AuditPurgeJob(services.em, services.logger, auditRetentionDays) : null;
  return {
    close: async () => {
      photoSweeper.close();
      reminders.close();
      submitterNotices.close();
      await auditPurger?.close();
      await auditSealer.close();
    },
  };
}
