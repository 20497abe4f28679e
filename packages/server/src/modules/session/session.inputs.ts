import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { PassingBaseEnum, QuorumFallbackEnum, StudioQuorumEnum } from './quorum.type.js';
import { SessionKindEnum, sessionKinds, type SessionKind } from './session-kind.js';
import { OnlineIdentityEnum, PreLiveCheckCodeEnum } from './session.type.js';
import type { CheckCode } from './pre-live-check.js';
import {
  onlineIdentities,
  passingBases,
  quorumFallbacks,
  studioQuorums,
  type OnlineIdentity,
  type PassingBase,
  type QuorumFallback,
  type StudioQuorum,
  type VoteSettings,
} from './vote-settings.js';

@InputType({
  description:
    'Weights must add up to 100. A field left out keeps the session’s current rule; a new session (or a new kind) starts from the kind’s defaults (see sessionKindProfiles).',
})
export class VoteSettingsInput implements Partial<VoteSettings> {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(10) @Max(600) windowSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) streamDelaySeconds?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hideResultsUntilClosed?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) studioWeight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) onlineWeight?: number;
  @Field(() => Int, { nullable: true, description: 'Below this satisfaction rate: 不满意.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  satisfiedThreshold?: number;
  @Field(() => Int, { nullable: true, description: 'At or above this: 满意; between the two: 基本满意.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  satisfiedGrade?: number;
  @Field(() => PassingBaseEnum, { nullable: true }) @IsOptional() @IsIn(passingBases) passingBase?: PassingBase;
  @Field(() => Int, { nullable: true, description: 'A motion or candidate passes with more than this share, percent (50: 过半数).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  passingShare?: number;
  @Field(() => StudioQuorumEnum, { nullable: true }) @IsOptional() @IsIn(studioQuorums) studioQuorum?: StudioQuorum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) minOnlineBallots?: number;
  @Field(() => QuorumFallbackEnum, { nullable: true }) @IsOptional() @IsIn(quorumFallbacks) quorumFallback?: QuorumFallback;
  @Field(() => OnlineIdentityEnum, { nullable: true }) @IsOptional() @IsIn(onlineIdentities) onlineIdentity?: OnlineIdentity;
}

@InputType({ description: 'A kind’s default rules for sessions planned from now on; fields left out keep the current defaults.' })
export class SessionKindDefaultsInput {
  @Field(() => SessionKindEnum) @IsIn(sessionKinds) kind!: SessionKind;
  @Field(() => VoteSettingsInput) @ValidateNested() settings!: VoteSettingsInput;
  @Field(() => Int, {
    nullable: true,
    description: 'Months for 二次办理 after a 不满意 result; null: the follow-up board’s usual deadline.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  redoMonths?: number | null;
}

@InputType()
export class SessionInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(100) title!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter the theme.' }) @MaxLength(100) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => SessionKindEnum, {
    nullable: true,
    description:
      'Which vote this is (new sessions: TV_QUESTIONING if absent; an update without it keeps the kind); it can change until the session has agenda items. LOOK_BACK sessions come from follow-up items.',
  })
  @IsOptional()
  kind?: SessionKind | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false }, { message: 'Enter the stream’s web address (https://…).' })
  @MaxLength(500)
  streamUrl?: string;
  @Field(() => VoteSettingsInput, { nullable: true }) @IsOptional() @ValidateNested() settings?: VoteSettingsInput;
}

@ArgsType()
export class SessionListArgs extends PageArgs {}

@InputType()
export class StartSessionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'A rehearsal can be reset to the state before air.' }) rehearsal: boolean =
    false;
  @Field(() => [PreLiveCheckCodeEnum], {
    defaultValue: [],
    description: 'The pre-live warnings the host has read and accepts (see preLiveCheck); going on air needs every one.',
  })
  acceptWarnings!: CheckCode[];
}
