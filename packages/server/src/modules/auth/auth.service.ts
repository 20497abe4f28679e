import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { parseCookie } from 'cookie';
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
  };
}

/** The one place a session token becomes a viewer, for HTTP and WebSocket alike. */
export async function resolveViewer(em: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return anonymous;
  const session = await em.findOne(
    AuthSession,
    { tokenHash: hashToken(token), expiresAt: { $gt: new Date() } },
    { populate: ['account'] },
  );
  if (!session) return anonymous;
  return { account: toViewerAccount(session.account), sessionId: session.id };
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
  await limiter.assertAllowed(username, ip);
  const account = await em.findOne(Account, { username }, { populate: ['passwordHash', 'department'] });
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash), input.password);
  if (!account || !valid) {
    await limiter.recordFailure(username, ip);
    throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct.');
  }
  await limiter.recordSuccess(username, ip);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  em.create(AuthSession, { tokenHash: hashToken(token), account, expiresAt });
  recordAudit(em, { account: toViewerAccount(account), sessionId: null }, 'auth.login', { type: 'Account', id: account.id }, { ip });
  await em.flush();
  return { token, expiresAt, account };
}

/** Ends the caller's session; its token stops working at once on every transport. */
export async function logout(em: EntityManager, viewer: Viewer): Promise<void> {
  if (!viewer.sessionId) return;
  await em.nativeDelete(AuthSession, { id: viewer.sessionId });
}

/** Reads the session token from `Authorization: Bearer …` or the session cookie. */
export function tokenFromHeaders(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
}

export const SESSION_COOKIE = 'wz_session';
