import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, AllowBeforePasswordChange } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { AccountType } from '../account/account.type.js';
import { LoginInput } from './auth.inputs.js';
import { login, logout } from './auth.service.js';
import { LoginResult } from './auth.type.js';

@Resolver()
export class AuthResolver {
  @Allow('PUBLIC')
  @Mutation(() => LoginResult, { description: 'Signs a staff member in.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const { config } = ctx.services;
    const result = await login(ctx.em, ctx.services.loginLimiter, input, ctx.ip, {
      ttlHours: config.sessionTtlHours,
      idleMinutes: config.idleTimeoutMinutes,
      lockoutThreshold: config.lockoutThreshold,
      passwordPolicy: config.passwordPolicy,
    });
    ctx.sessionCookie?.set(result.token, result.expiresAt);
    return { token: result.token, expiresAt: result.expiresAt, account: AccountType.from(result.account) };
  }

  @Allow('SIGNED_IN')
  @AllowBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session on every device that uses its token.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await logout(ctx);
    ctx.sessionCookie?.clear();
    return true;
  }

  @Allow('PUBLIC')
  @Query(() => Date, { description: 'The server clock; clients measure their offset from it for countdowns.' })
  serverTime(): Date {
    return new Date();
  }
}
