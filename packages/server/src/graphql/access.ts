import { Authorized, Extensions } from 'type-graphql';
import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '../modules/account/role.js';
import type { Context } from './context.js';
import { DomainError } from './errors.js';

/**
 * Who may call an operation. Every root field declares one (a schema test enforces it):
 * `PUBLIC` for everyone, `SIGNED_IN` for any staff account, or a list of roles.
 */
export type Access = 'PUBLIC' | 'SIGNED_IN' | Role;

/** Declares who may call an operation, both enforced (type-graphql's auth checker) and visible in the schema's extensions. */
export function Allow(...access: [Access, ...Access[]]): MethodDecorator & PropertyDecorator {
  const roles = access.filter((a): a is Role => a !== 'PUBLIC' && a !== 'SIGNED_IN');
  const decorators = [Extensions({ access })];
  if (!access.includes('PUBLIC')) decorators.push(access.includes('SIGNED_IN') ? Authorized() : Authorized(...roles));
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor as PropertyDescriptor);
  };
}

/** Anonymous callers are told to sign in; signed-in callers without the role are refused. */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  const account = context.viewer.account;
  if (!account) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  return roles.length === 0 || roles.includes(account.role);
};
