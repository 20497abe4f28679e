import type { ErrorRequestHandler } from 'express';

/**
 * Refusals of the body parser (too large, not JSON) answered like Apollo's own refusals: JSON with a
 * stable `extensions.code`, instead of Express's HTML error page.
 */
export function bodyErrors(limit: string): ErrorRequestHandler {
  return (error: { status?: unknown; type?: unknown }, _req, res, next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : undefined;
    if (!status || res.headersSent) return next(error);
    const message =
      error.type === 'entity.too.large'
        ? `The request is larger than ${limit}; send one smaller operation at a time.`
        : 'The request body could not be read as JSON; send a GraphQL request as application/json.';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
