import { createHash, timingSafeEqual } from 'node:crypto';
import type { Express, Response } from 'express';
import type { Config } from '../config.js';
import type { ErrorCode } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { gatherMetrics, metricsContentType } from './metrics-cluster.js';

// Hashed only so tokens of any length compare in constant time; nothing is stored, so CRYPTO_SUITE plays no part.
const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` for Prometheus. Its caller is a machine, not an account, so it is not one of the
 * Routes (which resolve a signed-in viewer): it takes `Authorization: Bearer <METRICS_TOKEN>`.
 * Without METRICS_TOKEN the endpoint is off: an address check would pass every request that a
 * reverse proxy on the same machine forwards, so only a token makes it safe to reach.
 */
export function metricsRoute(app: Express, config: Pick<Config, 'metricsToken'>, logger: Logger): void {
  const expected = config.metricsToken === undefined ? undefined : digest(config.metricsToken);
  app.get('/metrics', async (req, res) => {
    if (!expected) return refuse(res, 404, 'NOT_FOUND', 'Metrics are off; set METRICS_TOKEN on the server to turn them on.');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    // Compared as digests: equal lengths, and the time taken says nothing about the token.
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      return refuse(res, 401, 'UNAUTHENTICATED', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.');
    }
    try {
      const text = await gatherMetrics();
      res.setHeader('cache-control', 'no-store');
      res.type(metricsContentType).send(text);
    } catch (error) {
      logger.error({ err: error }, 'metrics could not be gathered');
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The metrics could not be gathered from every worker; try again.');
    }
  });
}

/** In the shape of every other error the server answers (see http/routes.ts). */
function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
