import type { FilterQuery } from '@mikro-orm/core';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { flushUnique } from '../../db/constraints.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { activeCommittee } from '../committee/committee.service.js';
import { containsPattern, findPage } from '../../graphql/pagination.js';
import { recordAudit } from '../audit/audit.service.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { getDepartment } from '../department/department.service.js';
import { publishDirectoryEvent } from '../directory/directory.service.js';
import { Account } from './account.entity.js';
import type { AccountListArgs, CreateAccountInput } from './account.inputs.js';
import { Role } from './role.js';

/** Lists accounts by username, with their departments loaded in the same query. */
export function listAccounts<T>(ctx: Caller, args: AccountListArgs, map: (account: Account) => T) {
  const where: FilterQuery<Account> = {};
  if (args.role) where.role = args.role;
  if (args.search) {
    const pattern = containsPattern(args.search);
    where.$or = [{ username: { $ilike: pattern } }, { displayName: { $ilike: pattern } }];
  }
  return findPage(ctx.em, Account, { where, orderBy: { username: 'asc', id: 'asc' }, args, populate: ['department', 'committee'] }, map);
}

export async function getAccount(ctx: Caller, id: string): Promise<Account> {
  return ctx.em.findOneOrFail(Account, { id }, { populate: ['department', 'committee'] });
}

/** Creates a staff account with a generated password; a DEPARTMENT account needs its department, an ADMIN may have a committee. */
export async function createAccount(
  ctx: Scope<{ pubsub: PubSub }>,
  input: CreateAccountInput,
): Promise<{ account: Account; initialPassword: string }> {
  const isDepartment = input.role === Role.DEPARTMENT;
  if (isDepartment && !input.departmentId) throw badInput('departmentId', 'Choose the department this account acts for.');
  if (!isDepartment && input.departmentId) throw badInput('departmentId', 'Only department accounts belong to a department.');
  if (input.committeeId && input.role !== Role.ADMIN)
    throw badInput('committeeId', 'Only congress staff (ADMIN) accounts can be bound to a committee.');
  const department = input.departmentId ? await getDepartment(ctx, input.departmentId) : null;
  const committee = input.committeeId ? await activeCommittee(ctx, input.committeeId, 'committeeId') : null;
  const initialPassword = generatePassword();
  const account = ctx.em.create(Account, {
    username: input.username,
    displayName: input.displayName.trim(),
    role: input.role,
    department,
    committee,
    passwordHash: await hashPassword(initialPassword),
    // Someone else has seen it: the person chooses their own at the first sign-in.
    mustChangePassword: true,
  });
  recordAudit(
    ctx.em,
    ctx.viewer,
    'account.create',
    { type: 'Account', id: account.id },
    { username: account.username, role: account.role, ...(committee && { committeeId: committee.id }) },
  );
  await flushUnique(ctx.em, 'username', 'This username is taken; choose another.');
  await publishDirectoryEvent(ctx, { change: 'ACCOUNT_CREATED', accountId: account.id });
  return { account, initialPassword };
}

/**
 * Binds a staff (ADMIN) account to a committee (专（工）委) or frees it (null): from its next request
 * it acts only on that committee's items and on items no committee owns.
 */
export async function setAccountCommittee(ctx: Caller, id: string, committeeId: string | null | undefined): Promise<Account> {
  const account = await ctx.em.findOne(Account, { id }, { populate: ['department', 'committee'] });
  if (!account) throw notFound('The account');
  if (account.role !== Role.ADMIN) throw badInput('id', 'Only congress staff (ADMIN) accounts can be bound to a committee.');
  const committee = committeeId ? await activeCommittee(ctx, committeeId, 'committeeId') : null;
  const before = account.committee?.id ?? null;
  if (before === (committee?.id ?? null)) throw badInput('committeeId', 'The account is already bound so.');
  account.committee = committee;
  recordAudit(ctx.em, ctx.viewer, 'account.setCommittee', { type: 'Account', id: account.id }, { before, after: committee?.id ?? null });
  await ctx.em.flush();
  return account;
}
