import { Field, ObjectType } from 'type-graphql';
import { AccountType } from '../account/account.type.js';

@ObjectType()
export class LoginResult {
  @Field(() => String, {
    description: 'For `Authorization: Bearer` or the WebSocket `token` parameter; browsers also get it as an httpOnly cookie.',
  })
  token!: string;

  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => Date)
  expiresAt!: Date;
}
