import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { parseCookie } from 'cookie';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Scope } from '../../scope.js';
import { DomainError } from '../../graphql/errors.js';
import { Account } from '../account/account.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthSession } from './auth-session.entity.js';
import type { LoginLimiter } from './login-limiter.js';
import { decoyHash, verifyPassword } from './password.js';
import { anonymous, type Viewer, type ViewerAccount } from './viewer.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toViewerAccount(account: Account): ViewerAccount {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    departmentId: account.department?.id ?? null,
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

/** The one place a session token becomes a viewer (HTTP and WebSocket alike), and when its sign-in expires (null: anonymous). */
export async function resolveSignIn(em: EntityManager, token: string | undefined): Promise<{ viewer: Viewer; expiresAt: Date | null }> {
  if (!token) return { viewer: anonymous, expiresAt: null };
  const session = await em.findOne(
    AuthSession,
    // A deactivated account's sign-ins are deleted when it is deactivated; this keeps any that slip
    // through (a sign-in racing the deactivation) anonymous all the same.
    { tokenHash: hashToken(token), expiresAt: { $gt: new Date() }, account: { deactivatedAt: null } },
    { populate: ['account'] },
  );
  if (!session) return { viewer: anonymous, expiresAt: null };
  return { viewer: { account: toViewerAccount(session.account), sessionId: session.id }, expiresAt: session.expiresAt };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
}

/** Signs a staff member in: the password must match, and repeated failures are rate limited. */
export async function login(
  em: EntityManager,
  limiter: LoginLimiter,
  input: { username: string; password: string },
  ip: string,
  ttlHours: number,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  // The attempt is counted before the password is checked, so concurrent guesses cannot outrun the limit.
  await limiter.consume(username, ip);
  const account = await em.findOne(Account, { username }, { populate: ['passwordHash', 'department'] });
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash), input.password);
  if (!account || !valid) throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct.');
  // Said only to whoever knows the password: a guesser cannot tell a deactivated account from a wrong password.
  if (account.deactivatedAt) throw new DomainError('ACCOUNT_DISABLED', 'This account has been deactivated. Ask an administrator.');
  await limiter.recordSuccess(username, ip);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  em.create(AuthSession, { tokenHash: hashToken(token), account, expiresAt, ip: ip.slice(0, 64) });
  recordAudit(em, { account: toViewerAccount(account), sessionId: null }, 'auth.login', { type: 'Account', id: account.id }, { ip });
  await em.flush();
  return { token, expiresAt, account };
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

/** Of the given sign-ins, those still valid: not ended, not expired, their account active. */
export async function activeSignIns(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const rows = await em.execute<{ id: string }[]>(
    'select s.id from auth_session s join account a on a.id = s.account_id where s.id in (?) and s.expires_at > now() and a.deactivated_at is null',
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
