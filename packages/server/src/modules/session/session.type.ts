import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { QuestionType } from '../question/question.type.js';
import { SessionStatus } from './session-status.js';
import type { OnlineIdentity, PassingBase, QuorumFallback, StudioQuorum, VoteSettings } from './vote-settings.js';
import { checkCodes, type CheckCode } from './pre-live-check.js';
import { PassingBaseEnum, QuorumFallbackEnum, StudioQuorumEnum } from './quorum.type.js';
import { SessionKindEnum, SubjectKindEnum, type SessionKind, type SubjectKind } from './session-kind.js';
import { BallotTypeEnum, type BallotType } from '../vote/ballot-type.js';

export const OnlineIdentityEnum = { DEVICE: 'DEVICE', PHONE_CODE: 'PHONE_CODE', ROSTER: 'ROSTER' } as const satisfies Record<
  OnlineIdentity,
  OnlineIdentity
>;
registerEnumType(OnlineIdentityEnum, {
  name: 'OnlineIdentity',
  description:
    'How an online voter is known: DEVICE (a pass per phone, issued only around the show), PHONE_CODE (a mobile number proven by SMS code: one number, one voter), ROSTER (only people on the imported roster, proven by SMS code).',
});
export const PreLiveCheckCodeEnum = Object.fromEntries(checkCodes.map((c) => [c, c])) as { [C in CheckCode]: C };
registerEnumType(PreLiveCheckCodeEnum, { name: 'PreLiveCheckCode', description: 'A finding of the pre-live check.' });

@ObjectType('VoteSettings', { description: 'How rounds are run and scored; published before the session, frozen once it is live.' })
export class VoteSettingsType implements VoteSettings {
  @Field(() => Int, { description: 'Studio voting window, seconds.' }) windowSeconds!: number;
  @Field(() => Int, { description: 'Online windows open and close this many seconds later (the stream lags the studio).' })
  streamDelaySeconds!: number;
  @Field(() => Boolean, { description: 'Show the public only turnout until the result is revealed on air.' })
  hideResultsUntilClosed!: boolean;
  @Field(() => Int, { description: 'Studio weight, percent.' }) studioWeight!: number;
  @Field(() => Int, { description: 'Online weight, percent.' }) onlineWeight!: number;
  @Field(() => Int, { description: 'A composite satisfaction rate below this percentage is graded 不满意.' }) satisfiedThreshold!: number;
  @Field(() => Int, { description: 'At or above this rate: 满意; between satisfiedThreshold and this: 基本满意.' }) satisfiedGrade!: number;
  @Field(() => PassingBaseEnum, { description: 'What a 票决 share is taken of: valid ballots, or the whole roll.' })
  passingBase!: PassingBase;
  @Field(() => Int, { description: 'A motion or candidate passes with more than this share, percent (50: 过半数).' }) passingShare!: number;
  @Field(() => StudioQuorumEnum, { description: 'Studio turnout of the roll needed for the studio channel to count (法定人数).' })
  studioQuorum!: StudioQuorum;
  @Field(() => Int, { description: 'Online ballots needed for the online channel to count (0: any).' }) minOnlineBallots!: number;
  @Field(() => QuorumFallbackEnum, { description: 'What a missed minimum does, decided before the show.' }) quorumFallback!: QuorumFallback;
  @Field(() => OnlineIdentityEnum, { description: 'How online voters are known; shown with every result.' })
  onlineIdentity!: OnlineIdentity;
}

@ObjectType('MessageSettings', { description: '网络互动: whether phones may send messages, and what becomes of them.' })
export class MessageSettingsType {
  @Field(() => Boolean, { description: 'Phones may send messages while the session is live (off by default; the host switches it live).' })
  enabled!: boolean;
  @Field(() => Boolean, { description: 'A message with a blocked word is kept for moderators (status BLOCKED) rather than dropped.' })
  keepBlocked!: boolean;
  @Field(() => Boolean, { description: 'The approved messages appear on the public results page.' })
  published!: boolean;
}

@ObjectType('Session', { description: '问政活动: one broadcast with its theme, plan and running order.' })
export class SessionType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'e.g. 加强物业管理' }) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field(() => String, { nullable: true, description: 'Live stream shown on the audience page.' }) streamUrl!: string | null;
  @Field(() => String, { description: 'Typed or scanned by the audience to join.' }) joinCode!: string;
  @Field(() => VoteSettingsType) settings!: VoteSettingsType;
  @Field(() => Int, { description: 'People on the studio roll (代表名册); set by the roll, frozen once live.' }) studioElectorate!: number;
  @Field(() => Boolean, { description: 'This run is a rehearsal and can be reset.' }) rehearsal!: boolean;
  @Field(() => ID, { nullable: true, description: 'The question on air.' }) currentQuestionId!: string | null;
  @Field(() => Int, { description: 'Increases with every change of live state.' }) stateVersion!: number;
  @Field(() => [QuestionType], { description: 'The running order.' }) questions!: QuestionType[];
  @Field(() => MessageSettingsType, { description: '网络互动 (audience messages) settings.' }) messageSettings!: MessageSettingsType;
}

@ObjectType()
export class SessionPage extends PageOf(SessionType) {}

@ObjectType({ description: 'What every screen and phone shows now; one message per change, the same for everyone.' })
export class LiveState {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { description: 'Increases with every change; drop any state older than one already shown.' }) version!: number;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => SessionKindEnum, { description: 'Which vote this is: the screen and the phones word it by its kind.' }) kind!: SessionKind;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => Boolean) rehearsal!: boolean;
  @Field(() => String, { nullable: true }) streamUrl!: string | null;
  @Field(() => VoteSettingsType) settings!: VoteSettingsType;
  @Field(() => Int) questionCount!: number;
  @Field(() => QuestionType, { nullable: true, description: 'The question on air, with its round; its result only once revealed.' })
  question!: QuestionType | null;
  @Field(() => Date, { description: 'Server time when this state was built.' }) serverTime!: Date;
  @Field(() => Boolean, { description: 'Phones may send messages now (网络互动 on and the session live): show the form.' })
  messagesEnabled!: boolean;
}

@ObjectType('PreLiveFinding', { description: 'Something the host should know before going on air.' })
export class PreLiveFindingType {
  @Field(() => PreLiveCheckCodeEnum) code!: CheckCode;
  @Field(() => Boolean, {
    description: 'A blocker stops going live; a warning must be accepted by name (StartSessionInput.acceptWarnings).',
  })
  blocker!: boolean;
  @Field(() => String) message!: string;
}

@ObjectType('SessionKindProfile', { description: 'What a kind of session votes on, with which ballots, and its default rules.' })
export class SessionKindProfileType {
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field(() => SubjectKindEnum) subject!: SubjectKind;
  @Field(() => BallotTypeEnum, { description: 'A new agenda item’s ballot.' }) ballotType!: BallotType;
  @Field(() => [BallotTypeEnum]) ballotTypes!: BallotType[];
  @Field(() => VoteSettingsType, { description: 'The kind’s default rules, changeable until the session goes live.' })
  settings!: VoteSettingsType;
  @Field(() => Int, { nullable: true, description: 'Months given for 二次办理 after a 不满意 result; null: the usual deadline.' })
  redoMonths!: number | null;
  @Field(() => Boolean, { description: 'Staff set these defaults; false: the ones the product ships.' })
  customized!: boolean;
}
