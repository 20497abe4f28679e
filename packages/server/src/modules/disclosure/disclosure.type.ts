import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PublicFollowUp } from '../follow-up/follow-up.type.js';
import { SessionKindEnum, SubjectKindEnum, type SessionKind, type SubjectKind } from '../session/session-kind.js';
import { BallotTypeEnum, type BallotType } from '../vote/ballot-type.js';
import { RoundResultType } from '../vote/vote.type.js';

@ObjectType({ description: 'One agenda item (议题) of a session with its result and the follow-up it led to.' })
export class DisclosedQuestion {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => SubjectKindEnum, { description: 'An answer, a report, a candidate project or a representative.' }) subject!: SubjectKind;
  @Field(() => String, {
    nullable: true,
    description:
      'ANSWER: 应询部门; REPORT: 报告单位; PROJECT: 牵头单位; null for a representative (or a project decided among candidates).',
  })
  departmentName!: string | null;
  @Field(() => String, { description: 'The official who answered, the reporting official, or the representative assessed.' })
  respondent!: string;
  @Field(() => String, { nullable: true, description: 'REPRESENTATIVE: 选区 / 代表团.' }) district!: string | null;
  @Field(() => Float, { nullable: true, description: 'PROJECT: budget in 万元.' }) budget!: number | null;
  @Field(() => BallotTypeEnum, { description: 'How the item is voted on; the result’s options follow it.' }) ballotType!: BallotType;
  @Field(() => RoundResultType, {
    nullable: true,
    description: 'Per channel, per option (answer or candidate) and combined, with the rule and any note, once revealed.',
  })
  result!: RoundResultType | null;
  @Field(() => [PublicFollowUp]) followUps!: PublicFollowUp[];
}

@ObjectType({ description: '公示: a session’s results and follow-up timelines, without personal data.' })
export class SessionDisclosure {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => [DisclosedQuestion]) questions!: DisclosedQuestion[];
}
