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

/**
 * Marks an operation an account may call while it must change its password (after an administrator
 * set or reset it, or when it expired): changing it and signing out. Every other non-public operation refuses such an account
 * with PASSWORD_CHANGE_REQUIRED; `me` is public and says `mustChangePassword`.
 */
export function AllowBeforePasswordChange(): MethodDecorator & PropertyDecorator {
  return Extensions({ beforePasswordChange: true });
}

/**
 * Anonymous callers are told to sign in; signed-in callers without the role are refused; an account
 * that must change its password may do only that first.
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context, info }, roles) => {
  const account = context.viewer.account;
  if (!account) {
    if (context.viewer.signInEnded === 'IDLE_TIMEOUT')
      throw new DomainError('UNAUTHENTICATED', 'Your sign-in ended after a time without use; sign in again.', { reason: 'IDLE_TIMEOUT' });
    throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  }
  if (roles.length > 0 && !roles.includes(account.role)) return false;
  if (account.mustChangePassword && !info.parentType.getFields()[info.fieldName]?.extensions.beforePasswordChange) {
    throw new DomainError(
      'PASSWORD_CHANGE_REQUIRED',
      'Choose a new password first: the one you signed in with was set by an administrator, or has expired.',
    );
  }
  return true;
};
