import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { CommitteeRef } from '../committee/committee.type.js';
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

  @Field(() => CommitteeRef, {
    nullable: true,
    description:
      '专（工）委 staff: the committee an ADMIN account is bound to; it acts only on that committee’s items and on items no committee owns.',
  })
  committee!: CommitteeRef | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was deactivated; null while it is active. A deactivated account cannot sign in.',
  })
  deactivatedAt!: Date | null;

  @Field(() => Boolean, {
    description:
      'Its password was set or reset by an administrator, or has expired: until it picks its own, only `changeOwnPassword` and `logout` work.',
  })
  mustChangePassword!: boolean;

  @Field(() => Date, { description: 'When its current password was set; with `passwordPolicy.maxAgeDays`, when it expires.' })
  passwordChangedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it was locked after too many failed sign-ins; null while it is not. A locked account cannot sign in until an administrator unlocks it.',
  })
  lockedAt!: Date | null;

  /** Expects `department` and `committee` to be loaded (lists populate them), so no query runs per row. */
  static from(entity: Account): AccountType {
    const department = entity.department;
    if (department && !department.name) throw new Error('Account.department must be populated before mapping');
    return Object.assign(new AccountType(), {
      id: entity.id,
      username: entity.username,
      displayName: entity.displayName,
      role: entity.role,
      department: department ? DepartmentType.from(department) : null,
      committee: entity.committee?.name ? CommitteeRef.from(entity.committee) : null,
      createdAt: entity.createdAt,
      deactivatedAt: entity.deactivatedAt ?? null,
      mustChangePassword: entity.mustChangePassword,
      passwordChangedAt: entity.passwordChangedAt,
      lockedAt: entity.lockedAt ?? null,
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

@ObjectType({ description: 'An account whose password an administrator reset, and its one-time password, shown this once.' })
export class ResetPassword {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => String, {
    description: 'Give it to the person; it works until they sign in with it and choose their own, and cannot be shown again.',
  })
  temporaryPassword!: string;
}

@ObjectType({ description: 'What a new staff password must have, and how long one lasts.' })
export class PasswordPolicyType {
  @Field(() => Int)
  minLength!: number;

  @Field(() => Int, { description: 'Of lowercase, uppercase, digits and other characters, how many kinds a password must use.' })
  minClasses!: number;

  @Field(() => Int, { description: 'How many earlier passwords, besides the current one, may not be chosen again.' })
  history!: number;

  @Field(() => Int, { description: 'Days a password lasts before it must be changed at the next sign-in; 0: it does not expire.' })
  maxAgeDays!: number;
}

@ObjectType('SignIn', { description: 'A staff sign-in: one browser or device holding a session token, until it expires or is ended.' })
export class SignInType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The network address it signed in from.' })
  ip!: string | null;

  @Field(() => Boolean, { description: 'Whether it is the sign-in making this request.' })
  current!: boolean;
}
