import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FollowUpDocumentKind, followUpDocumentKinds } from './documents-terms.js';

@InputType({ description: 'Staff issue a document for a dispatched item.' })
export class IssueFollowUpDocumentInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => FollowUpDocumentKind) @IsIn(followUpDocumentKinds) kind!: FollowUpDocumentKind;
  @Field(() => String, {
    nullable: true,
    description:
      'Why (printed); required for a 督办函 or 催办函. For a 情况通报: what it reports (default: the item’s latest 回头看 notice).',
  })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: 'The issuing body and the 文号 prefixes (documents issued from now on).' })
export class FollowUpDocumentSettingsInput {
  @Field(() => String) @MaxLength(60) issuer!: string;
  @Field(() => String) @MaxLength(20) assignPrefix!: string;
  @Field(() => String) @MaxLength(20) supervisePrefix!: string;
  @Field(() => String) @MaxLength(20) urgePrefix!: string;
  @Field(() => String, { nullable: true, description: '情况通报 prefix; omitted: the one in force.' })
  @IsOptional()
  @MaxLength(20)
  noticePrefix?: string | null;
}
