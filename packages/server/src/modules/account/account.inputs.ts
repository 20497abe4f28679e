import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { PageArgs } from '../../graphql/pagination.js';
import { Role, roles } from './role.js';

@InputType()
export class CreateAccountInput {
  @Field(() => String, { description: '3 to 40 lowercase letters, digits, dots, dashes or underscores.' })
  @Matches(/^[a-z0-9._-]{3,40}$/, { message: 'Use 3 to 40 lowercase letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'Enter the person’s name.' })
  @MaxLength(60, { message: 'The name may have at most 60 characters.' })
  displayName!: string;

  @Field(() => Role)
  @IsIn(roles)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT accounts, refused for the others.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An active committee (专（工）委) the account acts for; only for ADMIN accounts (see setAccountCommittee).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a committee from the list.' })
  committeeId?: string;
}

@ArgsType()
export class AccountListArgs extends PageArgs {
  @Field(() => Role, { nullable: true, description: 'Only accounts with this role.' })
  @IsOptional()
  @IsIn(roles)
  role?: Role;
}

@InputType()
export class ChangeOwnPasswordInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter your current password.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `A password has at most ${PASSWORD_MAX_LENGTH} characters.` })
  currentPassword!: string;

  @Field(() => String, {
    description:
      'As `passwordPolicy` says (length, kinds of characters); not the username, not containing it, not the current or a recent password, not a common password.',
  })
  @IsNotEmpty({ message: 'Enter a new password.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `A password has at most ${PASSWORD_MAX_LENGTH} characters.` })
  newPassword!: string;
}
