import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  AccountabilityMeasure,
  accountabilityMeasures,
  MediationDecision,
  mediationDecisions,
  MediationSide,
  mediationSides,
  OversightBody,
  oversightBodies,
} from './oversight-terms.js';

@InputType({ description: 'Staff approve a department’s note for the public, or return it with a reason.' })
export class ReviewFollowUpTextInput {
  // Timeline steps have whole-number ids (an append-only log), so this one is taken as text.
  @Field(() => String, { description: 'The id of the timeline step (a progress update or report).' }) @MaxLength(20) eventId!: string;
  @Field(() => Boolean) @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when returning.' }) @IsOptional() @MaxLength(500) reason?: string | null;
}

@InputType()
export class MediationParticipantInput {
  @Field(() => String) @MaxLength(50) name!: string;
  @Field(() => MediationSide) @IsIn(mediationSides) side!: MediationSide;
}

@InputType({ description: '三方见面 (提、督、办) after an unsatisfied look-back, and staff’s decision.' })
export class MediationInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (China time), not in the future.' }) @MaxLength(10) heldOn!: string;
  @Field(() => [MediationParticipantInput], { description: 'At least one for each side.' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  participants!: MediationParticipantInput[];
  @Field(() => String) @MaxLength(5000) outcome!: string;
  @Field(() => MediationDecision) @IsIn(mediationDecisions) decision!: MediationDecision;
  @Field(() => [ID], { defaultValue: [], description: 'The minutes, uploaded to /uploads/evidence.' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  minutesIds!: string[];
}

@InputType({ description: '问责措施 taken against an official.' })
export class AccountabilityMeasureInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String) @MaxLength(50) officialName!: string;
  @Field(() => String, { description: 'The official’s post (职务).' }) @MaxLength(100) officialPost!: string;
  @Field(() => AccountabilityMeasure) @IsIn(accountabilityMeasures) measure!: AccountabilityMeasure;
  @Field(() => String, { description: 'Who issued it (e.g. 县纪委监委).' }) @MaxLength(100) issuedBy!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (China time), not in the future.' }) @MaxLength(10) issuedOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) note?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Names on the public page.' }) @IsBoolean() published!: boolean;
}

@InputType({ description: '移送: the case referred to another oversight body.' })
export class OversightReferralInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => OversightBody) @IsIn(oversightBodies) body!: OversightBody;
  @Field(() => String, { description: '文号' }) @MaxLength(100) referenceNumber!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (China time), not in the future.' }) @MaxLength(10) referredOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) note?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: '文号 on the public page.' }) @IsBoolean() published!: boolean;
}

@InputType({ description: 'Shows or hides a 问责 record’s names and 文号 on the public page.' })
export class PublishAccountabilityInput {
  @Field(() => ID) @IsUUID('all') recordId!: string;
  @Field(() => Boolean) @IsBoolean() published!: boolean;
}
