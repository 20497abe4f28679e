import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { buildContext, type Context } from '../graphql/context.js';
import { toClientError } from '../graphql/errors.js';
import { queryLimitRules, queryParseOptions } from '../graphql/query-limits.js';
import { SESSION_COOKIE, tokenFromHeaders } from '../modules/auth/auth.service.js';
import { auditRoutes } from '../modules/audit/audit-export.js';
import { clueRoutes } from '../modules/clue/clue.routes.js';
import { hotlineRoutes } from '../modules/clue/hotline.routes.js';
import { supervisionReportRoutes } from '../modules/committee/supervision-report.routes.js';
import { documentRoutes } from '../modules/follow-up/documents.routes.js';
import { followUpRoutes } from '../modules/follow-up/follow-up.routes.js';
import { questionRoutes } from '../modules/question/question.routes.js';
import { representativeRoutes } from '../modules/representative/representative.routes.js';
import { statsRoutes } from '../modules/stats/stats.routes.js';
import { metricsRoute } from '../ops/metrics.routes.js';
import type { AppServices } from '../services.js';
import { bodyErrors } from './body-errors.js';
import { proxyTrust, type ProxyTrust } from './client-address.js';
import type { GracefulDrain } from './drain.js';
import { Routes } from './routes.js';
import { securityHeaders } from './security-headers.js';
import { votePageStateReader } from './vote-page.js';
import { inlineScriptHashes, serveWeb } from './web.js';

/** Largest GraphQL request body over HTTP (a WebSocket message: 64 KB, the socket's maxPayload). */
const GRAPHQL_BODY_LIMIT = '100kb';

/** The Express app, bare: its routes are mounted by `mountHttpRoutes` once the WebSocket side exists. */
export function createHttpApp(config: AppServices['config']): { app: Express; trustProxy: ProxyTrust } {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For counts only from the configured proxies (TRUST_PROXY), the same rule as for WebSocket upgrades.
  const trustProxy = proxyTrust(config.trustProxy);
  app.set('trust proxy', trustProxy);
  return { app, trustProxy };
}

export interface HttpRoutes {
  /** Stops Apollo (running its drain, which ends the WebSocket side too) and the routes' own resources. */
  close(): Promise<void>;
}

/**
 * Mounts everything served over HTTP: security headers, health checks and metrics, GraphQL (Apollo), the file
 * routes of clues, follow-ups and statistics, and the built web app.
 */
export async function mountHttpRoutes(
  app: Express,
  deps: {
    services: AppServices;
    orm: MikroORM;
    schema: GraphQLSchema;
    httpServer: http.Server;
    drain: GracefulDrain;
    /** Ends the WebSocket side when Apollo drains. */
    disposeWebSocket: () => Promise<void>;
    evidenceUploads: RateLimiterAbstract;
  },
): Promise<HttpRoutes> {
  const { services, orm, schema, httpServer, drain } = deps;
  const { config, logger } = services;
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
      { serverWillStart: async () => ({ drainServer: deps.disposeWebSocket }) },
      // No cache hints are used. Apollo's cache-control plugin would wrap every field's resolver of the
      // schema, which the WebSocket side (every vote) shares.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    securityHeaders({ secure: config.secureCookies, streamHosts: config.streamHosts, scriptHashes: inlineScriptHashes(config.webDist) }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (drain.draining) return void res.status(503).json({ status: 'stopping', database: false });
    const database = await orm.isConnected().catch(() => false);
    res.status(database ? 200 : 503).json({ status: database ? 'ready' : 'database unreachable', database });
  });
  metricsRoute(app, config, logger);
  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(services, {
          token: tokenFromHeaders(req.headers),
          audiencePass: req.get('x-device-token'),
          publicDevice: req.get('x-public-device'),
          ip: req.ip ?? 'unknown',
          sessionCookie: {
            set: (token, expiresAt) =>
              res.cookie(SESSION_COOKIE, token, {
                httpOnly: true,
                sameSite: 'lax',
                secure: config.secureCookies,
                expires: expiresAt,
                path: '/',
              }),
            clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' }),
          },
        }),
    }),
  );
  app.use('/graphql', bodyErrors(GRAPHQL_BODY_LIMIT));
  const routes = new Routes(app, services);
  clueRoutes(routes, services);
  hotlineRoutes(routes, services, deps.evidenceUploads);
  followUpRoutes(routes, services, deps.evidenceUploads);
  questionRoutes(routes, services, deps.evidenceUploads);
  representativeRoutes(routes, services);
  const statsHttp = statsRoutes(routes, services);
  documentRoutes(routes, statsHttp.printer);
  supervisionReportRoutes(routes, statsHttp.printer, config.reportIssuer);
  auditRoutes(routes);
  const servesWeb = serveWeb(app, config.webDist, votePageStateReader(apollo, services, config.webDist));
  if (!servesWeb) logger.warn({ webDist: config.webDist }, 'no built web app found; serving the API only');

  return {
    close: async () => {
      await apollo.stop();
      await statsHttp.close();
    },
  };
}
