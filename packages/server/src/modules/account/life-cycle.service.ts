import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from '../../config.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import { DomainError, notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthSession } from '../auth/auth-session.entity.js';
import { endSignIns } from '../auth/auth.service.js';
import { anonymous } from '../auth/viewer.js';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password.js';
import { Account } from './account.entity.js';
import type { ChangeOwnPasswordInput } from './account.inputs.js';
import { assertNotReused, assertPasswordPolicy, nextPasswordHistory } from './password-policy.js';
import { Role } from './role.js';

// An account's life after it is created: deactivation and reactivation, password resets by an
// administrator and changes by the person. Whatever makes a credential invalid ends the sign-ins
// holding it through `endSignIns`, after the change has committed, so their sockets close at once.

function refuseOwnAccount(ctx: Pick<Caller, 'viewer'>, id: string, what: string): void {
  if (ctx.viewer.account!.id === id) throw new DomainError('OWN_ACCOUNT', what);
}

/** The account with its department, as it stands now (not as an earlier read in this request saw it). */
const freshAccount = (ctx: Pick<Caller, 'em'>, id: string) =>
  ctx.em.findOneOrFail(Account, { id }, { populate: ['department', 'committee'], refresh: true });

/**
 * Deactivates an account: it can no longer sign in and its sign-ins end at once. Not one's own,
 * and not the last active security administrator (who alone manages accounts: without one, only
 * the console could). Deactivating a deactivated account changes nothing.
 */
export async function deactivateAccount(ctx: Scope<{ pubsub: PubSub }>, id: string): Promise<Account> {
  refuseOwnAccount(ctx, id, 'You cannot deactivate your own account; another security administrator can.');
  const changed = await ctx.em.transactional(async (em) => {
    // The active security administrators are locked first, always in the same order: two of them
    // deactivating each other at once take turns, and the second finds itself the last one.
    const activeSecurityAdmins = await em.find(
      Account,
      { role: Role.SECURITY_ADMIN, deactivatedAt: null },
      { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const account = await em.findOne(Account, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw notFound('The account');
    if (account.deactivatedAt) return false;
    if (account.role === Role.SECURITY_ADMIN && !activeSecurityAdmins.some((other) => other.id !== id)) {
      // The code stays LAST_ADMIN (clients know it); the role it protects is the security administrator.
      throw new DomainError('LAST_ADMIN', 'This is the last active security administrator; make or reactivate another one first.');
    }
    account.deactivatedAt = new Date();
    recordAudit(em, ctx.viewer, 'account.deactivate', { type: 'Account', id }, { username: account.username });
    return true;
  });
  if (changed) await endSignIns(ctx, { account: id });
  return freshAccount(ctx, id);
}

/** Lets a deactivated account sign in again (with the password it had). Reactivating an active account changes nothing. */
export async function reactivateAccount(ctx: Caller, id: string): Promise<Account> {
  const account = await ctx.em.findOne(Account, { id });
  if (!account) throw notFound('The account');
  if (account.deactivatedAt) {
    account.deactivatedAt = null;
    recordAudit(ctx.em, ctx.viewer, 'account.reactivate', { type: 'Account', id }, { username: account.username });
    await ctx.em.flush();
  }
  return freshAccount(ctx, id);
}

/**
 * Unlocks an account locked after too many failed sign-ins: it may sign in again, and its count of
 * failures starts from nothing. Unlocking an account that is not locked changes nothing.
 */
export async function unlockAccount(ctx: Caller, id: string): Promise<Account> {
  const account = await ctx.em.findOne(Account, { id });
  if (!account) throw notFound('The account');
  if (account.lockedAt) {
    recordAudit(
      ctx.em,
      ctx.viewer,
      'account.unlock',
      { type: 'Account', id },
      { username: account.username, lockedAt: account.lockedAt.toISOString() },
    );
    account.lockedAt = null;
  }
  account.failedSignIns = 0;
  await ctx.em.flush();
  return freshAccount(ctx, id);
}

/**
 * The console's way back in when no security administrator can sign in (scripts/unlock-account.sh):
 * unlocks the account with this username and starts its count of failures afresh. Recorded as done
 * from the console (no account acted; `via: 'console'`), whether or not it was locked.
 */
export async function unlockFromConsole(
  em: EntityManager,
  username: string,
): Promise<{ username: string; role: Role; wasLocked: boolean; deactivated: boolean }> {
  return em.transactional(async (tx) => {
    const account = await tx.findOne(Account, { username }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw notFound(`The account "${username}"`);
    const lockedAt = account.lockedAt;
    account.lockedAt = null;
    account.failedSignIns = 0;
    recordAudit(
      tx,
      anonymous,
      'account.unlock',
      { type: 'Account', id: account.id },
      { username: account.username, lockedAt: lockedAt?.toISOString() ?? null, via: 'console' },
    );
    return { username: account.username, role: account.role, wasLocked: lockedAt !== null, deactivated: account.deactivatedAt !== null };
  });
}

/**
 * Gives an account a new one-time password, returned this once: its sign-ins end, and after signing
 * in with it the person must choose their own before anything else works. Not for one's own account.
 */
export async function resetPassword(
  ctx: Scope<{ pubsub: PubSub; config: Config }>,
  id: string,
): Promise<{ account: Account; temporaryPassword: string }> {
  refuseOwnAccount(ctx, id, 'Change your own password on your account page; another security administrator can reset it.');
  const account = await ctx.em.findOne(Account, { id }, { populate: ['passwordHash', 'previousPasswordHashes'] });
  if (!account) throw notFound('The account');
  const temporaryPassword = generatePassword();
  // The replaced password was the person's own: it joins the ones they may not choose again.
  account.previousPasswordHashes = nextPasswordHistory(
    account.passwordHash,
    account.previousPasswordHashes,
    ctx.services.config.passwordPolicy.history,
  );
  account.passwordHash = await hashPassword(temporaryPassword);
  account.passwordChangedAt = new Date();
  account.mustChangePassword = true;
  recordAudit(ctx.em, ctx.viewer, 'account.password.reset', { type: 'Account', id }, { username: account.username });
  await ctx.em.flush();
  await endSignIns(ctx, { account: id });
  return { account: await freshAccount(ctx, id), temporaryPassword };
}

/**
 * Changes the caller's password. The current one must be given (failures count against the same
 * limit as sign-in failures), the new one must pass the policy; every other sign-in of the account
 * ends, this one stays.
 */
export async function changeOwnPassword(
  ctx: Scope<{ pubsub: PubSub; loginLimiter: LoginLimiter; config: Config }> & { ip: string },
  input: ChangeOwnPasswordInput,
): Promise<Account> {
  const viewer = ctx.viewer.account!;
  const policy = ctx.services.config.passwordPolicy;
  // The new password's rules first: they compare only what was sent, and a typo there spends no try.
  assertPasswordPolicy('newPassword', input.newPassword, { username: viewer.username, current: input.currentPassword }, policy);
  // The same counters as sign-in: a stolen session cannot guess the password faster than a stranger.
  const limiter = ctx.services.loginLimiter;
  await limiter.consume(viewer.username, ctx.ip);
  const account = await ctx.em.findOneOrFail(Account, { id: viewer.id }, { populate: ['passwordHash', 'previousPasswordHashes'] });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new DomainError('INVALID_CREDENTIALS', 'The current password is not correct.', { field: 'currentPassword' });
  }
  await limiter.recordSuccess(viewer.username, ctx.ip);
  // Only the current password is known to be the one sent; the earlier ones are compared by their hashes.
  await assertNotReused('newPassword', input.newPassword, account.previousPasswordHashes.slice(0, policy.history), policy.history);
  account.previousPasswordHashes = nextPasswordHistory(account.passwordHash, account.previousPasswordHashes, policy.history);
  account.passwordHash = await hashPassword(input.newPassword);
  account.passwordChangedAt = new Date();
  const wasReset = account.mustChangePassword;
  account.mustChangePassword = false;
  recordAudit(
    ctx.em,
    ctx.viewer,
    'account.password.change',
    { type: 'Account', id: viewer.id },
    wasReset ? { afterReset: true } : undefined,
  );
  await ctx.em.flush();
  const others = await ctx.em.find(AuthSession, { account: viewer.id }, { fields: ['id'] });
  for (const signIn of others) if (signIn.id !== ctx.viewer.sessionId) await endSignIns(ctx, { id: signIn.id });
  return freshAccount(ctx, viewer.id);
}
