import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Whether the hop at `address` (0: the connection's peer) is a configured reverse proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * The configured reverse proxies (TRUST_PROXY) as one rule, given to Express (`trust proxy`, behind
 * `req.ip`) and used for WebSocket upgrades, so both transports see the same client address. With no
 * proxies configured nobody is trusted: anyone on the venue Wi-Fi could otherwise pick their own
 * address with X-Forwarded-For and slip past every per-address limit.
 */
export function proxyTrust(proxies: readonly string[]): ProxyTrust {
  return proxyaddr.compile([...proxies]);
}

/**
 * The client's address: the connection's peer, or, when that peer is a trusted proxy, the nearest
 * X-Forwarded-For entry that is not a trusted proxy (entries a client wrote itself are further left
 * and never reached). This is how Express computes `req.ip`.
 */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  return proxyaddr(request, trust) || 'unknown';
}
