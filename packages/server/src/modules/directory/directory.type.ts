import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AccountType } from '../account/account.type.js';
import { DepartmentType } from '../department/department.type.js';

export const DirectoryChange = { DEPARTMENT_CREATED: 'DEPARTMENT_CREATED', ACCOUNT_CREATED: 'ACCOUNT_CREATED' } as const;
export type DirectoryChange = (typeof DirectoryChange)[keyof typeof DirectoryChange];
registerEnumType(DirectoryChange, { name: 'DirectoryChange', description: 'What changed in the list of departments and accounts.' });

/** What is published: ids only, so the event is the same in-process and through Redis. */
export interface DirectoryEventPayload {
  change: DirectoryChange;
  actorId: string;
  departmentId?: string;
  accountId?: string;
}

@ObjectType({ description: 'A department or account was added, so staff screens can refresh.' })
export class DirectoryEvent {
  @Field(() => DirectoryChange)
  change!: DirectoryChange;

  @Field(() => DepartmentType, { nullable: true })
  department!: DepartmentType | null;

  @Field(() => AccountType, { nullable: true })
  account!: AccountType | null;

  @Field(() => AccountType, { description: 'Who made the change.' })
  actor!: AccountType;
}
