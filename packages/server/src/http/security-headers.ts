import type { RequestHandler } from 'express';

/** Headers every response carries; HSTS only when the deployment says it is behind TLS. */
export function securityHeaders(secure: boolean): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    // The GraphQL path serves no page of ours (its landing page is the library's own).
    if (req.path !== '/graphql') res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; media-src 'self' https: blob:; frame-src 'self' https:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
    );
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
