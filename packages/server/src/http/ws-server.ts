import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  specifiedRules,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildContext, type Context } from '../graphql/context.js';
import { CompiledOperations } from '../graphql/compiled-operations.js';
import { DocumentCache } from '../graphql/document-cache.js';
import { DomainError, toClientError } from '../graphql/errors.js';
import { queryLimitRules, queryParseOptions } from '../graphql/query-limits.js';
import { SharedSubscriptions, type SubscriberTarget } from '../graphql/shared-subscriptions.js';
import { fanOutSeconds } from '../ops/metrics.js';
import { activeSignIns, resolveSignIn, tokenFromHeaders } from '../modules/auth/auth.service.js';
import type { Voter } from '../modules/session/audience-pass.js';
import { sessionEnded } from '../modules/session/session.service.js';
import type { AppServices } from '../services.js';
import { clientAddress, type ProxyTrust } from './client-address.js';
import { GracefulDrain } from './drain.js';
import { cookieAllowed, OperationRate, originAllowed, SESSION_ENDED, SocketCredentials } from './ws-access.js';
import { keepSocketsAlive } from './ws-keep-alive.js';
import { batchWritesPerTurn, sendAtOnce } from './ws-write-batching.js';
import { serveGraphqlWs } from './ws-graphql.js';

/**
 * Operations (subscriptions and those awaiting their answer) one WebSocket may hold at once: the host
 * console follows about ten; a phone votes once at a time. A flood beyond it is refused at once.
 */
const MAX_OPERATIONS_PER_SOCKET = 50;
/** Operations one WebSocket may start per second (a page at load sends about 20); beyond, it is closed. */
const OPERATIONS_PER_SECOND_PER_SOCKET = 60;

/** Where one operation's shared-subscription messages go: a class, not a closure per operation, as a follower is kept while it lasts. */
class SocketTarget implements SubscriberTarget {
  constructor(
    readonly operationId: string,
    private readonly socket: WebSocket,
  ) {}

  send(message: string | Buffer): void {
    sendAtOnce(this.socket, message);
  }
}

/** What graphql-ws executes: the operation as sent, with its context. */
function execution(
  schema: GraphQLSchema,
  document: DocumentNode,
  { variables, operationName }: SubscribePayload,
  contextValue: Context,
): ExecutionArgs {
  return { schema, document, variableValues: variables, operationName, contextValue };
}

export interface WebSocketWiring {
  /** Drains HTTP and WebSocket clients alike (see GracefulDrain); `/readyz` reads it too. */
  drain: GracefulDrain;
  /** Ends graphql-ws's handling (Apollo's drain calls it). */
  dispose(): Promise<void>;
  /** Stops following sign-ins and sessions for closing sockets. */
  close(): void;
  /** Open WebSocket connections, for the metrics. */
  clients(): number;
}

/** GraphQL over WebSocket (graphql-ws) on the HTTP server's `/graphql`: the same schema, context and limits as HTTP. */
export function attachWebSocket(
  httpServer: http.Server,
  { schema, services, trustProxy }: { schema: GraphQLSchema; services: AppServices; trustProxy: ProxyTrust },
): WebSocketWiring {
  const { config, logger, em, pubsub } = services;
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
  const floodClosed = new DomainError('RATE_LIMITED', 'This connection sent too many operations and is closed; reconnect to go on.', {
    retryAfterSeconds: 1,
  });
  const credentials = new SocketCredentials(
    pubsub,
    logger,
    (sessionId) => sessionEnded(em, sessionId),
    (ids) => activeSignIns(em, ids),
  );
  batchWritesPerTurn(wsServer);
  const stopKeepAlive = keepSocketsAlive(wsServer);
  const drain = new GracefulDrain(httpServer, wsServer);
  // Introspection is off in production on both transports (Apollo's setting covers HTTP only), and
  // both refuse oversized documents by the same limits.
  const documents = new DocumentCache(
    schema,
    [...specifiedRules, ...queryLimitRules, ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])],
    queryParseOptions,
  );
  const votes = new CompiledOperations(schema, new Set(['castVote']));
  const formatResult = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => toClientError(e.toJSON(), e, logger)) } : result;
  const shared = new SharedSubscriptions(schema, {
    audienceOf: (context) => (context as Context).viewer.account?.role ?? 'PUBLIC',
    targetOf: (context) => (context as Context).subscriber,
    format: formatResult,
    onFanOut: (ms) => fanOutSeconds.observe(ms / 1000),
  });
  const wsCleanup = serveGraphqlWs<
    { token?: unknown; deviceToken?: unknown },
    { voter?: Voter | null; peer?: { ip: string; token: string | undefined } }
  >(
    {
      schema,
      onConnect: async (ctx) => {
        // A phone's pass is checked once, when it connects, not for every vote it sends.
        const deviceToken = ctx.connectionParams?.deviceToken;
        const voter = services.audiencePasses.verify(typeof deviceToken === 'string' ? deviceToken : undefined);
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
      execute: (args) => votes.execute(args),
      subscribe: (args) => shared.subscribe(args),
      // Also builds the operation's context (so graphql-ws has no context hook to await): a phone's
      // operation is checked and started without waiting for anything.
      onSubscribe: (ctx, id, payload) => {
        const { socket, peer, voter } = ctx.extra;
        if (!operationRate.admit(socket)) return [new GraphQLError(floodClosed.message, { originalError: floodClosed })];
        // graphql-ws holds every operation in flight (and every subscription) here until it completes.
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
          const refused = new DomainError(
            'RATE_LIMITED',
            `At most ${MAX_OPERATIONS_PER_SOCKET} operations may be in flight on one connection; wait for answers.`,
            { retryAfterSeconds: 1 },
          );
          return [new GraphQLError(refused.message, { originalError: refused })];
        }
        const compiled = documents.get(payload.query);
        if ('errors' in compiled) return compiled.errors; // answered as an error message, formatted by onError
        // graphql-ws keeps this payload while the subscription lasts: the cache's copy of the text, shared
        // by every phone, instead of one parsed copy each.
        (payload as { query: string }).query = compiled.query;
        const operation = getOperationAST(compiled.document, payload.operationName)?.operation;
        if (!drain.begin(socket, id, operation)) {
          const closing = new DomainError('SERVICE_UNAVAILABLE', 'The server is restarting; send this again after reconnecting.');
          return [new GraphQLError(closing.message, { originalError: closing })];
        }
        const context = buildContext(services, {
          subscriber: operation === OperationTypeNode.SUBSCRIPTION ? new SocketTarget(id, socket) : undefined,
          token: peer?.token,
          voter: voter ?? null,
          ip: peer?.ip ?? 'unknown',
        });
        return context instanceof Promise
          ? context.then((contextValue) => execution(schema, compiled.document, payload, contextValue))
          : execution(schema, compiled.document, payload, context);
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? formatResult(result) : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toClientError(e.toJSON(), e, logger)),
      onComplete: (ctx, id) => drain.end(ctx.extra.socket, id),
    },
    wsServer,
    logger,
  );
  return {
    drain,
    dispose: async () => {
      await wsCleanup.dispose();
    },
    close: () => {
      stopKeepAlive();
      credentials.close();
    },
    clients: () => wsServer.clients.size,
  };
}
