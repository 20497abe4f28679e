import { Field, ID, ObjectType } from 'type-graphql';
import type { RollMember } from './roll-member.entity.js';

@ObjectType('SeatCode', { description: 'A printed single-use code for a studio seat; it belongs to one person on the roll.' })
export class SeatCodeType {
  @Field(() => ID, { description: 'The person on the roll this seat belongs to.' }) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The person’s name (the seat’s label until staff name them).' }) name!: string;
  @Field(() => Boolean) claimed!: boolean;
}

@ObjectType('RollMember', { description: '代表名册: a person who may vote in the studio, once per round, by seat code or by signing in.' })
export class RollMemberType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The representative’s own account: signing in with it is the same voter as the seat code.',
  })
  accountId!: string | null;
  @Field(() => String, { nullable: true }) accountName!: string | null;
  @Field(() => String) seatLabel!: string;
  @Field(() => String) seatCode!: string;
  @Field(() => Boolean) seatClaimed!: boolean;
}

export const toSeatCodeType = (m: RollMember): SeatCodeType => ({
  id: m.id,
  code: m.seatCode,
  label: m.seatLabel,
  name: m.name,
  claimed: m.seatClaimedAt != null,
});

export const toRollMemberType = (m: RollMember): RollMemberType => ({
  id: m.id,
  name: m.name,
  accountId: m.account?.id ?? null,
  accountName: m.account?.displayName ?? null,
  seatLabel: m.seatLabel,
  seatCode: m.seatCode,
  seatClaimed: m.seatClaimedAt != null,
});
