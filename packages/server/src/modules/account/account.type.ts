import { Field, ID, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DepartmentType } from '../department/department.type.js';
import type { Account } from './account.entity.js';
import { Role } from './role.js';

@ObjectType('Account', { description: 'A staff account.' })
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DepartmentType, { nullable: true, description: 'The department a DEPARTMENT account acts for.' })
  department!: DepartmentType | null;

  @Field(() => Date)
  createdAt!: Date;

  /** Expects `department` to be loaded (lists populate it), so no query runs per row. */
  static from(entity: Account): AccountType {
    const department = entity.department;
    if (department && !department.name) throw new Error('Account.department must be populated before mapping');
    return Object.assign(new AccountType(), {
      id: entity.id,
      username: entity.username,
      displayName: entity.displayName,
      role: entity.role,
      department: department ? DepartmentType.from(department) : null,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class AccountPage extends PageOf(AccountType) {}

@ObjectType({ description: 'A new account and its initial password, shown this once.' })
export class CreatedAccount {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => String, { description: 'Give it to the person; it is not stored in readable form and cannot be shown again.' })
  initialPassword!: string;
}
