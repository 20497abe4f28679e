import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Redis, type RedisOptions } from 'ioredis';
import { GraphQLError, NoSchemaIntrospectionCustomRule, specifiedRules, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { openDatabase } from './db/orm.js';
import { seedIfEmpty } from './db/seeders/seed.js';
import { buildContext, joinLimiter, type AppServices, type Context, type TransportInfo } from './graphql/context.js';
import { DocumentCache } from './graphql/document-cache.js';
import { queryLimitRules, queryParseOptions } from './graphql/query-limits.js';
import { SharedSubscriptions } from './graphql/shared-subscriptions.js';
import { DomainError, toClientError } from './graphql/errors.js';
import { createAppPubSub } from './graphql/pubsub.js';
import { resyncAfterOutage, whenReconnected } from './graphql/pubsub-recovery.js';
import { buildAppSchema } from './graphql/schema.js';
import { bodyErrors } from './http/body-errors.js';
import { clientAddress, proxyTrust } from './http/client-address.js';
import { GracefulDrain } from './http/drain.js';
import { listen } from './http/listen.js';
import { securityHeaders } from './http/security-headers.js';
import { serveWeb } from './http/web.js';
import { shareMessageTexts } from './http/ws-message-text.js';
import { batchWritesPerTurn } from './http/ws-write-batching.js';
import { createLogger, type Logger } from './logger.js';
import { activeSignIns, resolveSignIn, SESSION_COOKIE, tokenFromHeaders } from './modules/auth/auth.service.js';
import { sessionEnded } from './modules/session/session.service.js';
import { cookieAllowed, OperationRate, originAllowed, SESSION_ENDED, SocketCredentials } from './http/ws-access.js';
import { LoginLimiter } from './modules/auth/login-limiter.js';
import { DeviceTokens, type Voter } from './modules/audience/device-token.js';
import { loadKeyRing } from './secrets/key-ring.js';
import { loadServerKeys } from './secrets/server-keys.js';
import { RoundRegistry } from './modules/vote/round-registry.js';
import { Presence } from './modules/session/presence.js';
import { TallyHub } from './modules/vote/tally-hub.js';
import { VoteIntake } from './modules/vote/vote-intake.js';
import { createLimiter } from './graphql/rate-limit.js';
import { ClueServices } from './modules/clue/clue-services.js';
import { clueRoutes } from './modules/clue/clue.routes.js';
import { PhotoSweeper } from './modules/clue/photo-sweeper.js';
import { LogNotifier } from './modules/follow-up/notifier.js';
import { AddressVolume } from './modules/anomaly/address-volume.js';
import { PhoneIdentity } from './modules/identity/identity.service.js';
import { LogSmsSender, YunpianSmsSender } from './modules/identity/sms-sender.js';
import { ReminderJob } from './modules/follow-up/reminders.js';
import { EVIDENCE_UPLOADS_PER_10_MINUTES, followUpRoutes } from './modules/follow-up/follow-up.routes.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { FileStore } from './storage/file-store.js';

/**
 * Operations (subscriptions and those awaiting their answer) one WebSocket may hold at once: the host
 * console follows about ten; a phone votes once at a time. A flood beyond it is refused at once.
 */
const MAX_OPERATIONS_PER_SOCKET = 50;
/** Operations one WebSocket may start per second (a page at load sends about 20); beyond, it is closed. */
const OPERATIONS_PER_SECOND_PER_SOCKET = 60;

/** Largest GraphQL request body over HTTP (a WebSocket message: 64 KB, the socket's maxPayload). */
const GRAPHQL_BODY_LIMIT = '100kb';

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
  const ring = loadKeyRing(config.secretKey);
  const { orm, prepared: { keys, seeded } } = await openDatabase(config, logger, async (em) => {
    const keys = await loadServerKeys(em, ring, logger);
    return { keys, seeded: await seedIfEmpty(em, config, keys.seal) };
  });
  const em = orm.em as SqlEntityManager;

  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  // Limits counted before Redis answers would be counted per process (the insurance limiter): wait for
  // it a little, then start without it rather than not at all.
  if (redis && redis.main.status !== 'ready') await Promise.race([new Promise((resolve) => redis.main.once('ready', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  let pubsubWarnedAt = 0;
  const pubsub = createAppPubSub(redis && {
    publish: redis.main,
    subscribe: redis.subscriber,
    prefix: config.redisPrefix,
    onError: (error) => {
      if (Date.now() - pubsubWarnedAt < 10_000) return; // once in a while, not once per message
      pubsubWarnedAt = Date.now();
      logger.warn({ err: error }, 'redis pub/sub is failing; messages are lost until the resync after reconnecting');
    },
  });
  const tallies = new TallyHub(em, pubsub, logger);
  const services: AppServices = {
    config,
    logger,
    em,
    pubsub,
    loginLimiter: new LoginLimiter(redis?.main, config.redisPrefix),
    joinLimiter: joinLimiter(createLimiter(redis?.main, config.redisPrefix, { keyPrefix: 'join-ip', points: config.joinsPerMinutePerAddress, duration: 60 })),
    deviceTokens: new DeviceTokens(keys.pass),
    tallies,
    // PGlite has one connection: one batch at a time; PostgreSQL overlaps a few.
    intake: new VoteIntake(em.getKysely(), (votes, xid) => tallies.publishCounted(votes, xid), logger, {
      maxBatch: 2_000,
      maxWaitMs: 4,
      concurrency: config.databaseUrl ? 4 : 1,
    }),
    rounds: undefined as unknown as RoundRegistry, // set just below: the registry closes rounds through these services
    presence: new Presence(pubsub),
    clues: new ClueServices(keys.seal, redis?.main, config),
    files: new FileStore(config.uploadDir),
    notifier: new LogNotifier(logger),
    volume: new AddressVolume(em.getKysely(), logger),
    identity: new PhoneIdentity(
      keys.phoneHash,
      config.sms.gateway === 'yunpian' ? new YunpianSmsSender(config.sms) : new LogSmsSender(logger),
      config.sms.gateway === 'yunpian' ? config.sms.signature : '【人大问政】',
      {
        perNumber: createLimiter(redis?.main, config.redisPrefix, { keyPrefix: 'sms-number', points: 5, duration: 3600 }),
        perAddress: createLimiter(redis?.main, config.redisPrefix, { keyPrefix: 'sms-ip', points: config.smsPer10MinutesPerAddress, duration: 600 }),
      },
    ),
  };
  services.rounds = new RoundRegistry(services);
  if (redis) whenReconnected(redis.subscriber, logger, () => resyncAfterOutage(services));
  await services.rounds.sweep();
  const schema = await buildAppSchema(services.pubsub);

  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For counts only from the configured proxies (TRUST_PROXY), the same rule as for WebSocket upgrades below.
  const trustProxy = proxyTrust(config.trustProxy);
  app.set('trust proxy', trustProxy);
  const httpServer = http.createServer(app);

  // Pages of other sites may not open the socket (graphql-ws is outside Apollo's CSRF prevention).
  const allowedOrigins = [...(config.publicUrl ? [config.publicUrl] : []), ...config.allowedOrigins];
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ req }: { req: http.IncomingMessage }, answer: (allowed: boolean, code?: number, reason?: string) => void) =>
      originAllowed(req, allowedOrigins) ? answer(true) : answer(false, 403, 'Forbidden origin'),
  });
  const operationRate = new OperationRate(OPERATIONS_PER_SECOND_PER_SOCKET);
  const floodClosed = new DomainError('RATE_LIMITED', 'This connection sent too many operations and is closed; reconnect to go on.', { retryAfterSeconds: 1 });
  const credentials = new SocketCredentials(pubsub, logger, (sessionId) => sessionEnded(em, sessionId), (ids) => activeSignIns(em, ids));
  batchWritesPerTurn(wsServer);
  shareMessageTexts(wsServer);
  const drain = new GracefulDrain(httpServer, wsServer);
  // Introspection is off in production on both transports (Apollo's setting covers HTTP only), and
  // both refuse oversized documents by the same limits.
  const documents = new DocumentCache(
    schema,
    [...specifiedRules, ...queryLimitRules, ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])],
    queryParseOptions,
  );
  const formatResult = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => toClientError(e.toJSON(), e, logger)) } : result;
  const shared = new SharedSubscriptions(schema, {
    audienceOf: (context) => (context as Context).viewer.account?.role ?? 'PUBLIC',
    targetOf: (context) => (context as Context).subscriber,
    format: formatResult,
  });
  const wsCleanup = useServer<{ token?: unknown; deviceToken?: unknown }, { voter?: Voter | null; peer?: { ip: string; token: string | undefined } }>(
    {
      schema,
      onConnect: async (ctx) => {
        // A phone's pass is checked once, when it connects, not for every vote it sends.
        const deviceToken = ctx.connectionParams?.deviceToken;
        const voter = services.deviceTokens.verify(typeof deviceToken === 'string' ? deviceToken : undefined);
        // What operations need from the upgrade request is kept instead of the request (~1.5 KB a phone).
        const { request, socket } = ctx.extra;
        const paramToken = ctx.connectionParams?.token;
        const token = typeof paramToken === 'string' ? paramToken : cookieAllowed(request) ? tokenFromHeaders(request.headers) : undefined;
        ctx.extra.peer = { ip: clientAddress(request, trustProxy), token };
        (ctx.extra as { request?: unknown }).request = undefined;
        if (voter) {
          if (await credentials.sessionEnded(voter.sessionId)) {
            socket.close(SESSION_ENDED, 'Session ended');
            return false;
          }
          // Not when the phone left while its session was looked up: onClose has run already.
          if (!credentials.trackPhone(socket, voter.sessionId)) return false;
          services.presence.enter(voter.sessionId);
        }
        ctx.extra.voter = voter;
        // A staff sign-in is followed, so its socket closes when it ends (sign-out, revocation, expiry).
        if (token) {
          const signIn = await resolveSignIn(em.fork(), token);
          if (signIn.viewer.sessionId) credentials.trackStaff(socket, signIn.viewer.sessionId, signIn.expiresAt!);
        }
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.voter) services.presence.leave(ctx.extra.voter.sessionId);
      },
      subscribe: (args) => shared.subscribe(args),
      onSubscribe: async (ctx, id, payload) => {
        if (!(await operationRate.admit(ctx.extra.socket))) return [new GraphQLError(floodClosed.message, { originalError: floodClosed })];
        // graphql-ws holds every operation in flight (and every subscription) here until it completes.
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
          const refused = new DomainError('RATE_LIMITED', `At most ${MAX_OPERATIONS_PER_SOCKET} operations may be in flight on one connection; wait for answers.`, { retryAfterSeconds: 1 });
          return [new GraphQLError(refused.message, { originalError: refused })];
        }
        const compiled = documents.get(payload.query);
        if ('errors' in compiled) return compiled.errors; // answered as an error message, formatted by onError
        // graphql-ws keeps this payload while the subscription lasts: the cache's copy of the text, shared
        // by every phone, instead of one parsed copy each.
        (payload as { query: string }).query = compiled.query;
        if (!drain.begin(ctx.extra.socket, id, compiled.document, payload.operationName)) {
          const closing = new DomainError('SERVICE_UNAVAILABLE', 'The server is restarting; send this again after reconnecting.');
          return [new GraphQLError(closing.message, { originalError: closing })];
        }
        return { schema, document: compiled.document, variableValues: payload.variables, operationName: payload.operationName };
      },
      context: (ctx, id) =>
        buildContext(services, {
          subscriber: { operationId: id, send: (message) => ctx.extra.socket.send(message) },
          token: ctx.extra.peer?.token,
          voter: ctx.extra.voter ?? null,
          ip: ctx.extra.peer?.ip ?? 'unknown',
        }),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? formatResult(result) : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toClientError(e.toJSON(), e, logger)),
      onComplete: (ctx, id) => drain.end(ctx.extra.socket, id),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    validationRules: queryLimitRules,
    parseOptions: queryParseOptions,
    // Stated although they are Apollo's defaults: one operation per request, and no simple (CSRF-able) requests.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: (formatted, error) => toClientError(formatted, error, logger),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (drain, then close the database); Apollo would otherwise re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => { await wsCleanup.dispose(); } }) },
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders({ secure: config.secureCookies, streamHosts: config.streamHosts }));
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    if (drain.draining) return void res.status(503).json({ status: 'stopping', database: false });
    const database = await orm.isConnected().catch(() => false);
    res.status(database ? 200 : 503).json({ status: database ? 'ready' : 'database unreachable', database });
  });
  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        buildContext(services, {
          token: tokenFromHeaders(req.headers),
          deviceToken: req.get('x-device-token'),
          publicDevice: req.get('x-public-device'),
          ip: req.ip ?? 'unknown',
          sessionCookie: {
            set: (token, expiresAt) =>
              res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, expires: expiresAt, path: '/' }),
            clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' }),
          },
        }),
    }),
  );
  app.use('/graphql', bodyErrors(GRAPHQL_BODY_LIMIT));
  clueRoutes(app, services);
  followUpRoutes(app, services, createLimiter(redis?.main, config.redisPrefix, { keyPrefix: 'evidence-account', points: EVIDENCE_UPLOADS_PER_10_MINUTES, duration: 600 }));
  const statsHttp = statsRoutes(app, services);
  const photoSweeper = new PhotoSweeper(services);
  const reminders = new ReminderJob(services);
  const servesWeb = serveWeb(app, config.webDist);
  if (!servesWeb) logger.warn({ webDist: config.webDist }, 'no built web app found; serving the API only');

  // Worker processes each listen on the port themselves (SO_REUSEPORT): the kernel spreads new
  // connections evenly over them, where the cluster primary would hand most to the least busy one.
  const ownSocket = config.workers > 1;
  const listenFailure = await listen(httpServer, { port: config.port, host: config.host, reusePort: ownSocket, exclusive: ownSocket }).then(() => undefined, (error: unknown) => error);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await drain.drain();
      await apollo.stop();
      services.rounds.close();
      services.presence.close();
      credentials.close();
      photoSweeper.close();
      reminders.close();
      await services.volume.close();
      await statsHttp.close();
      tallies.close();
      await orm.close();
      // While Redis is away QUIT cannot be sent; the connection is simply dropped then.
      if (redis) await Promise.all([redis.main, redis.subscriber].map((client) => (client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect())));
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
  return { url, seededCredentials: seeded.credentials, passwordFile: seeded.passwordFile, logger, orm, schema, context: (transport) => buildContext(services, transport), stop };
}

function connectRedis(url: string, logger: Logger) {
  const make = (options: RedisOptions) => {
    const client = new Redis(url, { maxRetriesPerRequest: 3, ...options });
    client.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    return client;
  };
  // A subscribing connection may only send subscriber commands, so it skips the INFO ready check; its
  // (un)subscribe commands wait for Redis to come back rather than fail.
  return { main: make({}), subscriber: make({ enableReadyCheck: false, maxRetriesPerRequest: null }) };
}
