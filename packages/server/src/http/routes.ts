import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import type { Access } from '../graphql/access.js';
import { DomainError, type ErrorCode } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { resolveViewer, tokenFromHeaders } from '../modules/auth/auth.service.js';
import type { Caller } from '../scope.js';
import { closeUnlessRead } from './upload.js';

/** What a route declares besides its handler. */
export interface RouteOptions {
  /** Who may call it, as `@Allow(...)` declares it for a GraphQL operation: PUBLIC, SIGNED_IN or roles. */
  allow: readonly [Access, ...Access[]];
  /** The route streams an upload: a refusal closes the connection instead of reading the rest of the body. */
  upload?: boolean;
}

/** A route's work, given the caller: who it is (already checked against `allow`) and a database fork of its own. */
export type RouteHandler = (req: Request, res: Response, caller: Caller) => Promise<void>;

/**
 * The REST routes (bytes that do not belong in GraphQL: uploads, files, exports). Each declares
 * who may call it; the viewer is resolved once, before the handler runs, with the same function as
 * GraphQL. An account that must change its password counts as signed out here, as no route is one
 * of the few operations allowed before the change. Every failure goes to the one error handler.
 */
export class Routes {
  private readonly errors: ErrorRequestHandler;

  constructor(
    private readonly app: Express,
    private readonly services: { em: EntityManager; logger: Logger },
  ) {
    this.errors = routeErrors(services.logger);
  }

  get(path: string, options: RouteOptions, handler: RouteHandler): void {
    this.app.get(path, this.handle(options, handler), this.errors);
  }

  post(path: string, options: RouteOptions, handler: RouteHandler): void {
    this.app.post(path, this.handle(options, handler), this.errors);
  }

  private handle(options: RouteOptions, handler: RouteHandler): RequestHandler {
    return async (req, res, next) => {
      try {
        const viewer = await resolveViewer(this.services.em.fork(), tokenFromHeaders(req.headers));
        assertAllowed(options.allow, viewer.account?.role ?? null);
        await handler(req, res, { em: this.services.em.fork(), viewer });
      } catch (error) {
        if (options.upload) closeUnlessRead(req, res);
        next(error);
      }
    };
  }
}

/** The access rule of `@Allow` (see graphql/access.ts), with the same refusals. */
function assertAllowed(allow: readonly Access[], role: Access | null): void {
  if (allow.includes('PUBLIC')) return;
  if (!role) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  if (!allow.includes('SIGNED_IN') && !allow.includes(role)) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
}

/** Sends a stored file; one that cannot be read is answered with `missing` unless the answer has begun. */
export function sendStoredFile(res: Response, path: string, missing: DomainError): Promise<void> {
  return new Promise((resolve, reject) => {
    res.sendFile(path, (error) => (error && !res.headersSent ? reject(missing) : resolve()));
  });
}

const statusOf: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  DEVICE_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Errors in the GraphQL shape, so the web app reads them the same way: domain errors with their
 * code, upload refusals as BAD_USER_INPUT, anything else logged and masked. A download that fails
 * after its headers went out can only be cut off.
 */
function routeErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      res.destroy(error as Error);
      return;
    }
    if (error instanceof multer.MulterError) {
      const tooBig = error.code === 'LIMIT_FILE_SIZE';
      res.status(tooBig ? 413 : 400).json({
        errors: [
          {
            message: tooBig ? 'The file is too large (photos up to 10 MB, documents up to 20 MB).' : 'Send one file per request.',
            extensions: { code: 'BAD_USER_INPUT', field: 'photo' },
          },
        ],
      });
      return;
    }
    if (error instanceof DomainError) {
      res
        .status(statusOf[error.code] ?? 400)
        .json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
      return;
    }
    logger.error({ err: error, path: req.path }, 'unexpected error in an HTTP route');
    res
      .status(500)
      .json({ errors: [{ message: 'Something went wrong on the server. Try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
