import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthSession } from '../auth/auth-session.entity.js';
import { endSignIns } from '../auth/auth.service.js';
import { Account } from './account.entity.js';
import { Role } from './role.js';

// The sign-ins (session tokens) an account holds, and ending them: one (a lost phone) or all (a
// leaked password). Ended tokens are anonymous at once and their sockets close on every instance.

async function assertAccountExists(ctx: Pick<Caller, 'em'>, id: string): Promise<void> {
  if ((await ctx.em.count(Account, { id })) === 0) throw notFound('The account');
}

/** An account's sign-ins that have neither expired nor ended unused, newest first. */
export async function listSignIns(ctx: Caller, accountId: string): Promise<AuthSession[]> {
  await assertAccountExists(ctx, accountId);
  const now = Date.now();
  const signIns = await ctx.em.find(
    AuthSession,
    { account: accountId, expiresAt: { $gt: new Date(now) } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return signIns.filter((signIn) => signIn.lastUsedAt.getTime() + signIn.idleMinutes * 60_000 > now);
}

/** Ends one sign-in: any of them for a security administrator, one's own for everyone else (others' are not found). */
export async function revokeSignIn(ctx: Scope<{ pubsub: PubSub }>, id: string): Promise<boolean> {
  const viewer = ctx.viewer.account!;
  const signIn = await ctx.em.findOne(AuthSession, { id });
  if (!signIn || (viewer.role !== Role.SECURITY_ADMIN && signIn.account.id !== viewer.id)) throw notFound('The sign-in');
  recordAudit(
    ctx.em,
    ctx.viewer,
    'auth.signIn.revoke',
    { type: 'Account', id: signIn.account.id },
    { signInId: id, own: signIn.account.id === viewer.id },
  );
  await ctx.em.flush();
  await endSignIns(ctx, { id });
  return true;
}

/** Ends every sign-in of an account (the caller's own too, if it is theirs); answers how many ended. */
export async function revokeAllSignIns(ctx: Scope<{ pubsub: PubSub }>, accountId: string): Promise<number> {
  await assertAccountExists(ctx, accountId);
  recordAudit(ctx.em, ctx.viewer, 'auth.signIns.revokeAll', { type: 'Account', id: accountId });
  await ctx.em.flush();
  return endSignIns(ctx, { account: accountId });
}
