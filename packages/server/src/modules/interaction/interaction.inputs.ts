import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { MessageStatusEnum, type MessageStatus } from './message-status.js';

/** Longest message, in characters. */
export const MESSAGE_MAX_LENGTH = 140;
/** Longest rejection reason, in characters. */
export const REASON_MAX_LENGTH = 100;
/** Longest sensitive word, in characters, and most words per call. */
export const WORD_MAX_LENGTH = 30;
export const WORDS_PER_CALL = 500;

@InputType({ description: 'A message (留言 / 网友追问) for the question on air.' })
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId is not a session id.' })
  sessionId!: string;

  @Field(() => String, { description: 'Trimmed; 1 to 140 characters.' })
  @MaxLength(2_000, { message: `Keep the message within ${MESSAGE_MAX_LENGTH} characters.` })
  body!: string;
}

@InputType({ description: 'Changes only the settings given.' })
export class MessageSettingsInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  keepBlocked?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'ADMIN only.' })
  @IsOptional()
  @IsBoolean()
  published?: boolean | null;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId is not a session id.' })
  sessionId!: string;

  @Field(() => MessageStatusEnum, {
    nullable: true,
    defaultValue: 'PENDING',
    description: 'PENDING oldest first; the others newest first.',
  })
  @IsOptional()
  status?: MessageStatus | null = 'PENDING';
}
