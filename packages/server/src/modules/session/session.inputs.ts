import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { QuorumFallbackEnum, StudioQuorumEnum } from './quorum.type.js';
import { OnlineIdentityEnum, PreLiveCheckCodeEnum } from './session.type.js';
import type { CheckCode } from './pre-live-check.js';
import {
  onlineIdentities,
  quorumFallbacks,
  studioQuorums,
  type OnlineIdentity,
  type QuorumFallback,
  type StudioQuorum,
  type VoteSettings,
} from './vote-settings.js';

@InputType({ description: 'Weights must add up to 100.' })
export class VoteSettingsInput implements VoteSettings {
  @Field(() => Int, { defaultValue: 60 }) @IsInt() @Min(10) @Max(600) windowSeconds: number = 60;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(120) streamDelaySeconds: number = 0;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() hideResultsUntilClosed: boolean = false;
  @Field(() => Int, { defaultValue: 60 }) @IsInt() @Min(0) @Max(100) studioWeight: number = 60;
  @Field(() => Int, { defaultValue: 40 }) @IsInt() @Min(0) @Max(100) onlineWeight: number = 40;
  @Field(() => Int, { defaultValue: 60 }) @IsInt() @Min(0) @Max(100) satisfiedThreshold: number = 60;
  @Field(() => StudioQuorumEnum, { defaultValue: 'MAJORITY' }) @IsIn(studioQuorums) studioQuorum: StudioQuorum = 'MAJORITY';
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000) minOnlineBallots: number = 0;
  @Field(() => QuorumFallbackEnum, { defaultValue: 'OTHER_CHANNEL' }) @IsIn(quorumFallbacks) quorumFallback: QuorumFallback =
    'OTHER_CHANNEL';
  @Field(() => OnlineIdentityEnum, { defaultValue: 'DEVICE' }) @IsIn(onlineIdentities) onlineIdentity: OnlineIdentity = 'DEVICE';
}

@InputType()
export class SessionInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(100) title!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter the theme.' }) @MaxLength(100) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
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
