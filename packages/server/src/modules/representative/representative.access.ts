import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DomainError } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { Role } from '../account/role.js';
import { Representative } from './representative.entity.js';

/** The caller's own representative record; a REPRESENTATIVE account without one is told to ask staff. */
export async function myRepresentative(ctx: Caller, em: EntityManager = ctx.em): Promise<Representative> {
  const account = ctx.viewer.account;
  const record = account ? await em.findOne(Representative, { account: account.id }) : null;
  if (!record) throw new DomainError('NOT_FOUND', 'Your account has no representative record; ask congress staff to link it.');
  return record;
}

/** The caller's record if they are a representative, or null for staff (who see and act on everything). */
export async function representativeScope(ctx: Caller, em: EntityManager = ctx.em): Promise<Representative | null> {
  return ctx.viewer.account?.role === Role.REPRESENTATIVE ? myRepresentative(ctx, em) : null;
}

/** A representative who may be addressed or assigned: known and active. */
export function assertActive(representative: Representative): void {
  if (!representative.active)
    throw new DomainError('REPRESENTATIVE_INACTIVE', `${representative.name} is no longer active and takes no clues or assignments.`, {
      representativeId: representative.id,
    });
}
