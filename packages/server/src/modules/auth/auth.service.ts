import { randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { parseCookie } from 'cookie';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Scope } from '../../scope.js';
import type { PasswordPolicy } from '../../config.js';
import { DomainError } from '../../graphql/errors.js';
import { Account } from '../account/account.entity.js';
import { passwordExpiresAt } from '../account/password-policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { cryptoSuite, digestsUnderEither } from '../../secrets/crypto-suite.js';
import { AuthSession } from './auth-session.entity.js';
import type { LoginLimiter } from './login-limiter.js';
import { decoyHash, verifyPassword } from './password.js';
import { anonymous, type Viewer, type ViewerAccount } from './viewer.js';

/** A sign-in token is stored only as its digest under the crypto suite (SHA-256 or SM3). */
const hashToken = (token: string) => cryptoSuite().digest(token);

export function toViewerAccount(account: Account): ViewerAccount {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    departmentId: account.department?.id ?? null,
    committeeId: account.committee?.id ?? null,
    mustChangePassword: account.mustChangePassword,
  };
}

/**
 * The viewer of a request outside GraphQL (the file routes: exports, photos, evidence). An account
 * that must still replace a password an administrator set is anonymous there until it has; GraphQL
 * takes its viewer from `resolveSignIn` and refuses such an account per operation (graphql/access.ts).
 */
export async function resolveViewer(em: EntityManager, token: string | undefined): Promise<Viewer> {
  const { viewer } = await resolveSignIn(em, token);
  return viewer.account?.mustChangePassword ? anonymous : viewer;
}

/**
 * How often a sign-in's `lastUsedAt` is written: not on every request (a busy console would write a
 * row per click), so the idle timeout is kept to within this much.
 */
const TOUCH_EVERY_MS = 60_000;

const idleSince = (session: Pick<AuthSession, 'lastUsedAt' | 'idleMinutes'>, now: number) =>
  session.lastUsedAt.getTime() + session.idleMinutes * 60_000 <= now;

/**
 * The one place a session token becomes a viewer (HTTP and WebSocket alike), and when its sign-in
 * expires (null: anonymous). Each use keeps the sign-in alive; one unused for its idle timeout is
 * anonymous from then on, with `signInEnded: 'IDLE_TIMEOUT'` so the caller can be told why. Its row
 * stays until it expires or is signed out, so every request with it can say so, not only the first.
 */
export async function resolveSignIn(em: EntityManager, token: string | undefined): Promise<{ viewer: Viewer; expiresAt: Date | null }> {
  if (!token) return { viewer: anonymous, expiresAt: null };
  // Tokens are not kept, so their digests cannot be redone when CRYPTO_SUITE changes: a sign-in made
  // before the switch is found under the other suite's digest, and moved to the current one on use.
  const digests = digestsUnderEither((suite) => suite.digest(token));
  const session = await em.findOne(
    AuthSession,
    // A deactivated account's sign-ins are deleted when it is deactivated; this keeps any that slip
    // through (a sign-in racing the deactivation) anonymous all the same.
    { tokenHash: { $in: digests }, expiresAt: { $gt: new Date() }, account: { deactivatedAt: null } },
    { populate: ['account'] },
  );
  if (!session) return { viewer: anonymous, expiresAt: null };
  if (session.tokenHash !== digests[0]) {
    await em.nativeUpdate(AuthSession, { id: session.id, tokenHash: session.tokenHash }, { tokenHash: digests[0] });
  }
  const now = Date.now();
  if (idleSince(session, now)) return { viewer: idleViewer, expiresAt: null };
  if (now - session.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    // Conditional, so concurrent requests of one console write once; lost races change nothing.
    await em.nativeUpdate(
      AuthSession,
      { id: session.id, lastUsedAt: { $lt: new Date(now - TOUCH_EVERY_MS) } },
      { lastUsedAt: new Date(now) },
    );
  }
  return { viewer: { account: toViewerAccount(session.account), sessionId: session.id }, expiresAt: session.expiresAt };
}

const idleViewer: Viewer = Object.freeze({ account: null, sessionId: null, signInEnded: 'IDLE_TIMEOUT' as const });

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
}

export interface SignInSettings {
  ttlHours: number;
  idleMinutes: number;
  lockoutThreshold: number;
  passwordPolicy: Pick<PasswordPolicy, 'maxAgeDays'>;
}

/**
 * Signs a staff member in. Two guards stand in front of the password, and they do different jobs:
 * the LoginLimiter throttles attempts per address and username+address over minutes (volatile, and
 * blind to a guesser spread over many addresses); the lockout is the account's own state, counting
 * failed sign-ins in a row from anywhere, and lasting until an administrator unlocks it. A locked
 * account answers LOCKED whether or not the password was right, so the lock cannot be used to test
 * guesses. An expired password is treated like one an administrator set: it must be changed first.
 */
export async function login(
  em: EntityManager,
  limiter: LoginLimiter,
  input: { username: string; password: string },
  ip: string,
  settings: SignInSettings,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  // The attempt is counted before the password is checked, so concurrent guesses cannot outrun the limit.
  await limiter.consume(username, ip);
  const account = await em.findOne(Account, { username }, { populate: ['passwordHash', 'department'] });
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash), input.password);
  if (account && (account.lockedAt || (!valid && (await countFailure(em, account, settings.lockoutThreshold))))) {
    // The lock now guards this account: its username+address counter is given back, so once an
    // administrator unlocks it the person can sign in at once from the same desk.
    await limiter.forgetUsername(username, ip);
    throw lockedError();
  }
  if (!account || !valid) throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct.');
  // Said only to whoever knows the password: a guesser cannot tell a deactivated account from a wrong password.
  if (account.deactivatedAt) throw new DomainError('ACCOUNT_DISABLED', 'This account has been deactivated. Ask an administrator.');
  await limiter.recordSuccess(username, ip);
  if (account.failedSignIns > 0) account.failedSignIns = 0;
  const expiresAfter = passwordExpiresAt(account.passwordChangedAt, settings.passwordPolicy);
  if (expiresAfter && expiresAfter.getTime() <= Date.now() && !account.mustChangePassword) {
    account.mustChangePassword = true;
    recordAudit(em, { account: toViewerAccount(account), sessionId: null }, 'account.password.expired', {
      type: 'Account',
      id: account.id,
    });
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.ttlHours * 3_600_000);
  em.create(AuthSession, { tokenHash: hashToken(token), account, expiresAt, ip: ip.slice(0, 64), idleMinutes: settings.idleMinutes });
  recordAudit(em, { account: toViewerAccount(account), sessionId: null }, 'auth.login', { type: 'Account', id: account.id }, { ip });
  await em.flush();
  return { token, expiresAt, account };
}

const lockedError = () =>
  new DomainError('LOCKED', 'This account is locked after too many failed sign-ins. Ask an administrator to unlock it.');

/**
 * Counts a failed sign-in in one statement (concurrent failures all count) and locks the account
 * when it reaches the threshold; true when the account is locked now. Only the failure whose
 * statement set the lock (`now()` is its transaction's time) writes the audit entry.
 */
async function countFailure(em: EntityManager, account: Account, threshold: number): Promise<boolean> {
  const [row] = await em.execute<{ failed_sign_ins: number; locked: boolean; locked_now: boolean }[]>(
    `update account set failed_sign_ins = failed_sign_ins + 1,
       locked_at = case when locked_at is null and failed_sign_ins + 1 >= ? then now() else locked_at end
     where id = ? returning failed_sign_ins, locked_at is not null as locked, locked_at = now() as locked_now`,
    [threshold, account.id],
  );
  if (!row?.locked) return false;
  if (row.locked_now) {
    recordAudit(
      em,
      anonymous,
      'account.lock',
      { type: 'Account', id: account.id },
      { username: account.username, failedSignIns: row.failed_sign_ins },
    );
    await em.flush();
  }
  return true;
}

/** Ends the caller's session; its token stops working at once on every transport. */
export async function logout(ctx: Scope<{ pubsub: PubSub }>): Promise<void> {
  if (ctx.viewer.sessionId) await endSignIns(ctx, { id: ctx.viewer.sessionId });
}

/**
 * Ends sign-ins (one by id, or every one of an account): their tokens stop working at once, and
 * sockets holding them are closed on every instance. Call it after the change that warrants it has
 * committed, not inside a transaction: the sockets close as soon as this returns.
 */
export async function endSignIns(
  ctx: Pick<Scope<{ pubsub: PubSub }>, 'em' | 'services'>,
  which: { id: string } | { account: string },
): Promise<number> {
  const ended = await ctx.em.execute<{ id: string }[]>(
    'id' in which ? 'delete from auth_session where id = ? returning id' : 'delete from auth_session where account_id = ? returning id',
    ['id' in which ? which.id : which.account],
  );
  if (ended.length > 0) ctx.services.pubsub.publish('AUTH_ENDED', { authSessionIds: ended.map((row) => row.id) });
  return ended.length;
}

/**
 * Of the given sign-ins (those holding this instance's staff sockets, checked every few seconds),
 * those still valid: not ended, not expired, not idle, their account active.
 *
 * The idle timeout and a live show: a socket carries no requests while its page only listens, and a
 * host or moderator console on air may listen for a long stretch (a long answer, a vote) without a
 * click. Logging it out then would be a surprise on air, the one thing the control room must never
 * get. So while any session is LIVE, an open staff socket counts as use and keeps its sign-in alive;
 * outside a show it does not, and a console left open on a desk ends like any other idle sign-in
 * (its socket is closed by the sweep). Operations sent over a socket count as use at any time
 * (each resolves its viewer through `resolveSignIn`).
 */
export async function activeSignIns(em: EntityManager, ids: string[]): Promise<Set<string>> {
  await em.execute(
    `update auth_session set last_used_at = now()
     where id in (?) and last_used_at < now() - interval '${TOUCH_EVERY_MS / 1000} seconds'
       and last_used_at + idle_minutes * interval '1 minute' > now()
       and exists (select 1 from session where status = 'LIVE')`,
    [ids],
  );
  const rows = await em.execute<{ id: string }[]>(
    `select s.id from auth_session s join account a on a.id = s.account_id
     where s.id in (?) and s.expires_at > now() and s.last_used_at + s.idle_minutes * interval '1 minute' > now() and a.deactivated_at is null`,
    [ids],
  );
  return new Set(rows.map((row) => row.id));
}

/** Reads the session token from `Authorization: Bearer …` or the session cookie. */
export function tokenFromHeaders(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
}

export const SESSION_COOKIE = 'wz_session';
