import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RosterEntry } from './identity.entity.js';

@ObjectType('VoteCodeSent', { description: 'A code was sent by text message.' })
export class VoteCodeSent {
  @Field(() => String, { description: 'The number it went to, masked (138****1234).' }) maskedPhone!: string;
  @Field(() => Int) expiresInSeconds!: number;
  @Field(() => Int, { description: 'A new code can be asked for after this many seconds.' }) resendAfterSeconds!: number;
}

@ObjectType('RosterEntry', { description: 'A person who may vote online in a ROSTER session; the number is kept only hashed and masked.' })
export class RosterEntryType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) maskedPhone!: string;
}

export const toRosterEntryType = (entry: RosterEntry): RosterEntryType => ({
  id: entry.id,
  name: entry.name,
  maskedPhone: entry.maskedPhone,
});
