import type http from 'node:http';
import { TokenBucket } from 'limiter';
import type { WebSocket } from 'ws';
import type { PubSub } from '../graphql/pubsub.js';
import type { Logger } from '../logger.js';

/**
 * Close codes, in the 4400–4499 range graphql-ws leaves to applications; a client must not reconnect
 * with the credential that was refused. CREDENTIAL_ENDED: the socket's staff sign-in ended (signed out,
 * revoked, expired, account deactivated). SESSION_ENDED: its audience pass is for a session that ended.
 */
export const CREDENTIAL_ENDED = 4403;
export const SESSION_ENDED = 4410;

/** Close code for a socket that sent operations faster than any page of the app does (see OperationRate). */
export const TOO_MANY_OPERATIONS = 4429;

/**
 * Which pages may open the GraphQL WebSocket. Browsers always send `Origin` with a WebSocket upgrade,
 * and cannot forge it or the `Host` they send: a page of the app's own host (whatever address it was
 * opened at, through a proxy too), `PUBLIC_URL` and the configured extra origins pass. An upgrade
 * without `Origin` comes from a native client (not a browser) and passes too, but never with the
 * cookie: see `cookieAllowed`.
 */
export function originAllowed(request: http.IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.host === request.headers.host || allowed.includes(parsed.origin);
}

/** The staff cookie speaks for a socket only when a browser page of an allowed origin opened it. */
export const cookieAllowed = (request: http.IncomingMessage) => request.headers.origin !== undefined;

interface StaffSocket {
  authSessionId: string;
  expiresAt: number;
}

/**
 * How often staff sockets are checked against the database: sign-ins that expired, or ended without
 * this instance hearing of it (its pub/sub was away). Staff sockets are few: staff, not phones.
 */
const STAFF_SWEEP_MS = 5_000;
/** A phone keeps its socket this long after its session ends, to receive the final state first. */
const ENDED_GRACE_MS = 3_000;
/** How long a session's ended-or-not answer is reused for connecting phones (a join storm asks once). */
const ENDED_CACHE_MS = 5_000;

/**
 * Closes sockets whose credential ended, on every instance: the events come through pub/sub (Redis
 * when configured), so a sign-out on one instance closes the socket held by another.
 */
export class SocketCredentials {
  private readonly staff = new Map<WebSocket, StaffSocket>();
  private readonly phonesBySession = new Map<string, Set<WebSocket>>();
  /** Each phone's socket to the session it is tracked under, for `forgetPhone`. */
  private readonly sessionOfPhone = new WeakMap<WebSocket, string>();
  /** One close listener for every phone's socket, not a closure each. */
  private readonly forgetPhone: (this: WebSocket) => void;
  private readonly sweeper: NodeJS.Timeout;
  private readonly stopListening: () => void;
  private readonly endedCache = new Map<string, { at: number; ended: Promise<boolean> }>();
  /** Sessions whose phones have been closed: a phone tracked after that (its pass checked just before the end) is closed too. */
  private readonly closedSessions = new Set<string>();

  constructor(
    pubsub: PubSub,
    logger: Logger,
    private readonly lookUpEnded: (sessionId: string) => Promise<boolean>,
    /** Of the given sign-ins, those that still exist (unexpired) in the database. */
    private readonly stillSignedIn: (authSessionIds: string[]) => Promise<Set<string>>,
  ) {
    const phones = this.phonesBySession;
    const sessionOfPhone = this.sessionOfPhone;
    this.forgetPhone = function (this: WebSocket) {
      const sessionId = sessionOfPhone.get(this);
      const sockets = sessionId === undefined ? undefined : phones.get(sessionId);
      if (!sockets) return;
      sockets.delete(this);
      if (sockets.size === 0) phones.delete(sessionId!);
    };
    this.sweeper = setInterval(() => {
      this.sweepStaff().catch((error: unknown) => logger.warn({ err: error }, 'staff sockets could not be checked against the database'));
    }, STAFF_SWEEP_MS).unref();
    const signOuts = pubsub.subscribe('AUTH_ENDED');
    const endedSessions = pubsub.subscribe('SESSION_ENDED');
    void (async () => {
      for await (const { authSessionIds } of signOuts) this.endSignIns(new Set(authSessionIds));
    })().catch((error) => logger.error({ err: error }, 'sign-out listener stopped'));
    void (async () => {
      for await (const { sessionId } of endedSessions) {
        this.endedCache.set(sessionId, { at: Date.now(), ended: Promise.resolve(true) });
        setTimeout(() => this.endSession(sessionId), ENDED_GRACE_MS).unref();
      }
    })().catch((error) => logger.error({ err: error }, 'session-end listener stopped'));
    this.stopListening = () => {
      void signOuts.return?.();
      void endedSessions.return?.();
    };
  }

  /** Whether a pass's session has ended: such a pass no longer opens a socket. */
  sessionEnded(sessionId: string): Promise<boolean> {
    const now = Date.now();
    let cached = this.endedCache.get(sessionId);
    if (!cached || now - cached.at > ENDED_CACHE_MS) {
      if (this.endedCache.size > 1_000) this.endedCache.clear(); // passes name few sessions; this bounds forged ids
      cached = { at: now, ended: this.lookUpEnded(sessionId) };
      cached.ended.catch(() => this.endedCache.delete(sessionId));
      this.endedCache.set(sessionId, cached);
    }
    return cached.ended;
  }

  /** A socket that carries a staff sign-in, until it is closed. */
  trackStaff(socket: WebSocket, authSessionId: string, expiresAt: Date): void {
    if (socket.readyState !== socket.OPEN) return; // closed while its sign-in was looked up
    this.staff.set(socket, { authSessionId, expiresAt: expiresAt.getTime() });
    socket.once('close', () => this.staff.delete(socket));
  }

  /** A socket that carries an audience pass (or a seat's), until it is closed; false when it is closed already. */
  trackPhone(socket: WebSocket, sessionId: string): boolean {
    if (socket.readyState !== socket.OPEN) return false;
    if (this.closedSessions.has(sessionId)) {
      socket.close(SESSION_ENDED, 'Session ended');
      return false;
    }
    let sockets = this.phonesBySession.get(sessionId);
    if (!sockets) this.phonesBySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    this.sessionOfPhone.set(socket, sessionId);
    socket.on('close', this.forgetPhone);
    return true;
  }

  close(): void {
    clearInterval(this.sweeper);
    this.stopListening();
  }

  private endSignIns(ended: Set<string>): void {
    for (const [socket, staff] of this.staff) {
      if (ended.has(staff.authSessionId)) socket.close(CREDENTIAL_ENDED, 'Signed out');
    }
  }

  private async sweepStaff(): Promise<void> {
    const now = Date.now();
    for (const [socket, staff] of this.staff) {
      if (staff.expiresAt <= now) socket.close(CREDENTIAL_ENDED, 'Sign-in expired');
    }
    const open = [...this.staff].filter(([socket]) => socket.readyState === socket.OPEN);
    if (open.length === 0) return;
    const valid = await this.stillSignedIn([...new Set(open.map(([, staff]) => staff.authSessionId))]);
    for (const [socket, staff] of open) {
      if (!valid.has(staff.authSessionId)) socket.close(CREDENTIAL_ENDED, 'Signed out');
    }
  }

  private endSession(sessionId: string): void {
    if (this.closedSessions.size > 1_000) this.closedSessions.clear(); // by then the sessions ended long ago
    this.closedSessions.add(sessionId);
    for (const socket of this.phonesBySession.get(sessionId) ?? []) socket.close(SESSION_ENDED, 'Session ended');
  }
}

/**
 * Operations one socket may start per second. A page sends a handful at load and then about one per
 * tap; a socket sending more is flooding, and is closed (4429) before its backlog is run, so the work
 * it sent does not stand between other phones and their answers. Counted per socket in this process,
 * by a token bucket of its own: checked at once, with no promise, record or timer per operation (each
 * vote is one), which a keyed limiter makes.
 */
export class OperationRate {
  private readonly buckets = new WeakMap<WebSocket, TokenBucket>();

  constructor(private readonly perSecond: number) {}

  /** False (and the socket closing) once the socket is over its rate. */
  admit(socket: WebSocket): boolean {
    let bucket = this.buckets.get(socket);
    if (!bucket) {
      bucket = new TokenBucket({ bucketSize: this.perSecond, tokensPerInterval: this.perSecond, interval: 'second' });
      // Full from the start, as limiter's own RateLimiter fills it: a page sends its first operations at once.
      bucket.content = this.perSecond;
      this.buckets.set(socket, bucket);
    }
    if (bucket.tryRemoveTokens(1)) return true;
    socket.close(TOO_MANY_OPERATIONS, 'Too many operations');
    return false;
  }
}
