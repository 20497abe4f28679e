import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { AccountListArgs, CreateAccountInput } from './account.inputs.js';
import { createAccount, getAccount, listAccounts } from './account.service.js';
import { AccountPage, AccountType, CreatedAccount } from './account.type.js';

@Resolver()
export class AccountResolver {
  @Allow('PUBLIC')
  @Query(() => AccountType, { nullable: true, description: 'The signed-in account, or null.' })
  async me(@Ctx() ctx: Context) {
    return ctx.viewer.account ? AccountType.from(await getAccount(ctx, ctx.viewer.account.id)) : null;
  }

  @Allow('ADMIN')
  @Query(() => AccountPage, { description: 'Staff accounts by username.' })
  accounts(@Args(() => AccountListArgs) args: AccountListArgs, @Ctx() ctx: Context) {
    return listAccounts(ctx, args, AccountType.from);
  }

  @Allow('ADMIN')
  @Mutation(() => CreatedAccount)
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: Context) {
    const { account, initialPassword } = await createAccount(ctx, input);
    return { account: AccountType.from(account), initialPassword };
  }
}
