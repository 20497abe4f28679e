import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
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

/**
 * The key every per-address limit and count uses for a client address: an IPv4 address as it is, an
 * IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, how a dual-stack socket reports IPv4 clients) as
 * its IPv4 form, and any other IPv6 address as its /64 prefix (`2001:db8:1:2::/64`). A home, office
 * or phone network is given a whole /64 and a client may use any address in it, so counting each
 * /128 apart would hand one phone a fresh budget with every address it picks. Anything else (such as
 * `unknown`) is returned unchanged.
 */
export function addressKey(address: string): string {
  const groups = ipv6Groups(address);
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${canonicalIpv6([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
}

/** The eight 16-bit groups of an IPv6 address (a zone such as `%eth0` dropped), or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  const bare = address.split('%', 1)[0]!;
  if (!isIPv6(bare)) return null;
  // The WHATWG URL parser writes IPv6 in one canonical form (lower case, embedded IPv4 as hex, one `::`).
  const canonical = canonicalIpv6(bare);
  const [head, tail] = canonical.split('::') as [string, string | undefined];
  const part = (text: string) => (text ? text.split(':').map((g) => parseInt(g, 16)) : []);
  if (tail === undefined) return part(head);
  const before = part(head);
  const after = part(tail);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

function canonicalIpv6(address: string | number[]): string {
  const text = typeof address === 'string' ? address : address.map((g) => g.toString(16)).join(':');
  return new URL(`http://[${text}]`).hostname.slice(1, -1);
}
