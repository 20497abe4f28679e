import type { RequestHandler } from 'express';

export interface SecurityHeaderOptions {
  /** Behind TLS: HSTS is sent. */
  secure: boolean;
  /** CSP host sources of the live-stream players the audience page may frame (STREAM_HOSTS). */
  streamHosts: readonly string[];
  /** CSP hash sources of the pages' own inline scripts (web.ts's `inlineScriptHashes`). */
  scriptHashes?: readonly string[];
}

/**
 * The pages' Content-Security-Policy. Connections (GraphQL over HTTP and its WebSocket) go to the
 * app's own origin only: in CSP Level 3 `'self'` also matches ws: and wss: on the same host and port
 * (Chromium, Firefox and Safari do; security-headers.test.ts checks Chromium). Frames: the app's own
 * pages (the host console's screen preview) and the configured stream players, nothing else. Scripts:
 * the app's own files, and the pages' inline scripts by their hashes.
 */
export function pagePolicy(streamHosts: readonly string[], scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "media-src 'self' https: blob:",
    `frame-src ${["'self'", ...streamHosts].join(' ')}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Stream addresses the audience page plays in a <video> (the web's streamEmbed rule); any other https page it frames. */
const MEDIA_FILE = /\.(m3u8|mp4|webm|ogv|ogg|mov)$/i;

/**
 * Whether the audience page's policy lets it show a stream address: a media file plays from any https
 * host; a player page must match one of the stream hosts (`https://host[:port]`, `*.` for subdomains,
 * as CSP matches host sources). Addresses that are not https are not embedded at all.
 */
export function streamShown(url: string, streamHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (MEDIA_FILE.test(parsed.pathname)) return true;
  return streamHosts.some((source) => {
    const allowed = new URL(source.replace('*.', 'wildcard.'));
    const sameHost = source.includes('*.')
      ? parsed.hostname.endsWith(allowed.hostname.slice('wildcard'.length))
      : parsed.hostname === allowed.hostname;
    return sameHost && parsed.port === allowed.port;
  });
}

/** Headers every response carries; HSTS only when the deployment says it is behind TLS. */
export function securityHeaders({ secure, streamHosts, scriptHashes }: SecurityHeaderOptions): RequestHandler {
  const policy = pagePolicy(streamHosts, scriptHashes);
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    // The GraphQL path serves no page of ours (its landing page is the library's own).
    if (req.path !== '/graphql') res.setHeader('Content-Security-Policy', policy);
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
