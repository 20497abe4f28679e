import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PublicFollowUp } from '../follow-up/follow-up.type.js';
import { RoundResultType } from '../vote/vote.type.js';

@ObjectType({ description: 'One question of a session with its result and the follow-up of its promise.' })
export class DisclosedQuestion {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => String) departmentName!: string;
  @Field(() => String) respondent!: string;
  @Field(() => RoundResultType, { nullable: true, description: 'Per channel and combined, once revealed.' })
  result!: RoundResultType | null;
  @Field(() => [PublicFollowUp]) followUps!: PublicFollowUp[];
}

@ObjectType({ description: '公示: a session’s results and follow-up timelines, without personal data.' })
export class SessionDisclosure {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => [DisclosedQuestion]) questions!: DisclosedQuestion[];
}
