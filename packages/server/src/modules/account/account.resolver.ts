import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, AllowBeforePasswordChange } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import type { AuthSession } from '../auth/auth-session.entity.js';
import { AccountListArgs, ChangeOwnPasswordInput, CreateAccountInput } from './account.inputs.js';
import { createAccount, setAccountCommittee, getAccount, listAccounts } from './account.service.js';
import { DomainError } from '../../graphql/errors.js';
import { AccountPage, AccountType, CreatedAccount, PasswordPolicyType, ResetPassword, SignInType } from './account.type.js';
import { changeOwnPassword, deactivateAccount, reactivateAccount, resetPassword, unlockAccount } from './life-cycle.service.js';
import { listSignIns, revokeAllSignIns, revokeSignIn } from './sign-ins.service.js';

const signInOf =
  (ctx: Context) =>
  (signIn: AuthSession): SignInType =>
    Object.assign(new SignInType(), {
      id: signIn.id,
      createdAt: signIn.createdAt,
      expiresAt: signIn.expiresAt,
      ip: signIn.ip ?? null,
      current: signIn.id === ctx.viewer.sessionId,
    });

@Resolver()
export class AccountResolver {
  @Allow('PUBLIC')
  @Query(() => AccountType, {
    nullable: true,
    description: 'The signed-in account, or null. A sign-in that ended unused is told so: UNAUTHENTICATED with `reason: IDLE_TIMEOUT`.',
  })
  async me(@Ctx() ctx: Context) {
    // Said here too, since `me` is what a page asks first: the sign-in page can then say why.
    if (ctx.viewer.signInEnded === 'IDLE_TIMEOUT')
      throw new DomainError('UNAUTHENTICATED', 'Your sign-in ended after a time without use; sign in again.', { reason: 'IDLE_TIMEOUT' });
    return ctx.viewer.account ? AccountType.from(await getAccount(ctx, ctx.viewer.account.id)) : null;
  }

  @Allow('SIGNED_IN')
  @AllowBeforePasswordChange()
  @Query(() => PasswordPolicyType, { description: 'What a new password must have (shown where one is chosen).' })
  passwordPolicy(@Ctx() ctx: Context): PasswordPolicyType {
    return Object.assign(new PasswordPolicyType(), ctx.services.config.passwordPolicy);
  }

  // Business administrators read the list too: they bind representative accounts to profiles and rolls.
  @Allow('SECURITY_ADMIN', 'ADMIN')
  @Query(() => AccountPage, { description: 'Staff accounts by username.' })
  accounts(@Args(() => AccountListArgs) args: AccountListArgs, @Ctx() ctx: Context) {
    return listAccounts(ctx, args, AccountType.from);
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => AccountType, {
    description: 'Binds a staff (ADMIN) account to an active committee (专（工）委), or frees it with null.',
  })
  async setAccountCommittee(
    @Arg('id', () => ID) id: string,
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return AccountType.from(await setAccountCommittee(ctx, id, committeeId));
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => CreatedAccount)
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: Context) {
    const { account, initialPassword } = await createAccount(ctx, input);
    return { account: AccountType.from(account), initialPassword };
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => AccountType, {
    description:
      'The account can no longer sign in, and its sign-ins end at once. Not your own, nor the last active security administrator.',
  })
  async deactivateAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return AccountType.from(await deactivateAccount(ctx, id));
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => AccountType, { description: 'A deactivated account may sign in again, with the password it had.' })
  async reactivateAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return AccountType.from(await reactivateAccount(ctx, id));
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => AccountType, {
    description: 'An account locked after too many failed sign-ins may sign in again; its count of failures starts afresh.',
  })
  async unlockAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return AccountType.from(await unlockAccount(ctx, id));
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => ResetPassword, {
    description:
      'A new one-time password, shown this once; the account’s sign-ins end and it must choose its own password next. Not your own.',
  })
  async resetPassword(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    const { account, temporaryPassword } = await resetPassword(ctx, accountId);
    return { account: AccountType.from(account), temporaryPassword };
  }

  @Allow('SIGNED_IN')
  @AllowBeforePasswordChange()
  @Mutation(() => AccountType, {
    description:
      'Changes your password (the current one is required; failures are rate limited like sign-ins). Your other sign-ins end; this one stays.',
  })
  async changeOwnPassword(@Arg('input', () => ChangeOwnPasswordInput) input: ChangeOwnPasswordInput, @Ctx() ctx: Context) {
    return AccountType.from(await changeOwnPassword(ctx, input));
  }

  @Allow('SECURITY_ADMIN')
  @Query(() => [SignInType], { description: 'An account’s sign-ins that have not expired, newest first.' })
  async signIns(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    return (await listSignIns(ctx, accountId)).map(signInOf(ctx));
  }

  @Allow('SIGNED_IN')
  @Query(() => [SignInType], { description: 'Your sign-ins that have not expired, newest first; `current` marks this one.' })
  async mySignIns(@Ctx() ctx: Context) {
    return (await listSignIns(ctx, ctx.viewer.account!.id)).map(signInOf(ctx));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Boolean, {
    description:
      'Ends one sign-in: any for a security administrator, your own for everyone else. Its token stops working and its sockets close.',
  })
  revokeSignIn(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeSignIn(ctx, id);
  }

  @Allow('SECURITY_ADMIN')
  @Mutation(() => Int, { description: 'Ends every sign-in of an account; answers how many ended.' })
  revokeAllSignIns(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    return revokeAllSignIns(ctx, accountId);
  }
}
