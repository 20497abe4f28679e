import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { Account } from '../account/account.entity.js';
import { AccountType } from '../account/account.type.js';
import { Department } from '../department/department.entity.js';
import { DepartmentType } from '../department/department.type.js';
import type { DirectoryEvent, DirectoryEventPayload } from './directory.type.js';

/** Called after the change has committed. */
export async function publishDirectoryEvent(ctx: Scope<{ pubsub: PubSub }>, event: Omit<DirectoryEventPayload, 'actorId'>): Promise<void> {
  ctx.services.pubsub.publish('DIRECTORY', { ...event, actorId: ctx.viewer.account!.id });
}

/** Loads what an event names, on a fresh fork so a long-lived subscription does not accumulate entities. */
export async function loadDirectoryEvent(ctx: Pick<Caller, 'em'>, payload: DirectoryEventPayload): Promise<DirectoryEvent> {
  const em = ctx.em.fork();
  const [actor, account, department] = await Promise.all([
    em.findOneOrFail(Account, { id: payload.actorId }, { populate: ['department', 'committee'] }),
    payload.accountId ? em.findOneOrFail(Account, { id: payload.accountId }, { populate: ['department', 'committee'] }) : null,
    payload.departmentId ? em.findOneOrFail(Department, { id: payload.departmentId }) : null,
  ]);
  return {
    change: payload.change,
    actor: AccountType.from(actor),
    account: account ? AccountType.from(account) : null,
    department: department ? DepartmentType.from(department) : null,
  };
}
