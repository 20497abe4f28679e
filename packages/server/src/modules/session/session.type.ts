import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { QuestionType } from '../question/question.type.js';
import { SessionStatus } from './session-status.js';
import type { VoteSettings } from './vote-settings.js';

@ObjectType('VoteSettings', { description: 'How rounds are run and scored; published before the session, frozen once it is live.' })
export class VoteSettingsType implements VoteSettings {
  @Field(() => Int, { description: 'Studio voting window, seconds.' }) windowSeconds!: number;
  @Field(() => Int, { description: 'Online windows open and close this many seconds later (the stream lags the studio).' }) streamDelaySeconds!: number;
  @Field(() => Boolean, { description: 'Show the public only turnout until the result is revealed on air.' }) hideResultsUntilClosed!: boolean;
  @Field(() => Int, { description: 'Studio weight, percent.' }) studioWeight!: number;
  @Field(() => Int, { description: 'Online weight, percent.' }) onlineWeight!: number;
  @Field(() => Int, { description: 'A composite satisfaction rate below this percentage is UNSATISFIED.' }) satisfiedThreshold!: number;
}

@ObjectType('Session', { description: '问政活动: one broadcast with its theme, plan and running order.' })
export class SessionType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'e.g. 加强物业管理' }) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => String, { description: 'REGULAR, or LOOK_BACK (回头看: its questions re-present follow-up items).' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'Live stream shown on the audience page.' }) streamUrl!: string | null;
  @Field(() => String, { description: 'Typed or scanned by the audience to join.' }) joinCode!: string;
  @Field(() => VoteSettingsType) settings!: VoteSettingsType;
  @Field(() => Int, { description: 'Representatives who may vote in the studio.' }) studioElectorate!: number;
  @Field(() => Boolean, { description: 'This run is a rehearsal and can be reset.' }) rehearsal!: boolean;
  @Field(() => ID, { nullable: true, description: 'The question on air.' }) currentQuestionId!: string | null;
  @Field(() => Int, { description: 'Increases with every change of live state.' }) stateVersion!: number;
  @Field(() => [QuestionType], { description: 'The running order.' }) questions!: QuestionType[];
}

@ObjectType()
export class SessionPage extends PageOf(SessionType) {}

@ObjectType({ description: 'What every screen and phone shows now; one message per change, the same for everyone.' })
export class LiveState {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { description: 'Increases with every change; drop any state older than one already shown.' }) version!: number;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => Boolean) rehearsal!: boolean;
  @Field(() => String, { nullable: true }) streamUrl!: string | null;
  @Field(() => VoteSettingsType) settings!: VoteSettingsType;
  @Field(() => Int) questionCount!: number;
  @Field(() => QuestionType, { nullable: true, description: 'The question on air, with its round; its result only once revealed.' }) question!: QuestionType | null;
  @Field(() => Date, { description: 'Server time when this state was built.' }) serverTime!: Date;
}
