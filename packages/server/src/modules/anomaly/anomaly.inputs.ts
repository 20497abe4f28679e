import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';

/** `search` matches the address. */
@ArgsType()
export class JoinAnomalyListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only anomalies in this session.' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId is not a session id.' })
  sessionId?: string | null;
}
