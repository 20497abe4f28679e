import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FollowUpDocumentKind } from './documents-terms.js';

@ObjectType({ description: 'A 交办函, 督办函, 催办函 or 情况通报 as issued; its PDF is at downloadUrl.' })
export class FollowUpDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => FollowUpDocumentKind) kind!: FollowUpDocumentKind;
  @Field(() => String, { description: '文号, e.g. 人大办督〔2026〕3号.' }) number!: string;
  @Field(() => String, { description: 'The date it bears, YYYY-MM-DD (China time).' }) issuedOn!: string;
  @Field(() => Int) handlingRound!: number;
  @Field(() => String, { nullable: true, description: 'Why it was issued, as printed.' }) reason!: string | null;
  @Field(() => String, { description: 'The PDF, for whoever may read the item.' }) downloadUrl!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Who issued it (staff only see names); null when the escalation job did, or for others.',
  })
  issuedBy!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'Who issues the documents and the 文号 prefix of each kind.' })
export class FollowUpDocumentSettings {
  @Field(() => String, { description: '发文机关: the red masthead and the sign-off.' }) issuer!: string;
  @Field(() => String) assignPrefix!: string;
  @Field(() => String) supervisePrefix!: string;
  @Field(() => String) urgePrefix!: string;
  @Field(() => String) noticePrefix!: string;
}
