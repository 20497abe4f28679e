import { SessionKindEnum, type SessionKind } from '../session/session-kind.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DepartmentType } from '../department/department.type.js';
import { QuestionPhase } from '../question/question-phase.js';
import { RoundResultType } from '../vote/vote.type.js';
import { PublicFollowUp, SupervisorRef } from '../follow-up/follow-up.type.js';
import { ClueMatchKind, ClueStatus, RejectReason, Verdict } from './clue-status.js';
import { NoticeDelivery, SubmitterEvent } from './submitter-word.entity.js';

@ObjectType('ClueCategory', { description: '线索分类: what the public files a clue under, kept by staff.' })
export class ClueCategoryType {
  @Field(() => String, { description: 'Upper-snake code, fixed once created; clues name their category by it.' }) code!: string;
  @Field(() => String, { description: 'Chinese name.' }) name!: string;
  @Field(() => String, { description: 'English name.' }) nameEn!: string;
  @Field(() => Int, { description: 'Place in the list, from 1.' }) position!: number;
  @Field(() => Boolean, { description: 'Offered for new clues; a retired category stays for the clues filed under it.' })
  active!: boolean;
  @Field(() => Date) createdAt!: Date;
}

/** A clue's category as its views name it: the code and both names. */
export type ClueCategoryNames = Pick<ClueType, 'category' | 'categoryName' | 'categoryNameEn'>;

@ObjectType('CluePhoto', { description: 'A photo sent with a clue, re-encoded without its metadata (no GPS, no camera data).' })
export class CluePhotoType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Where to load it; published clues’ photos are public, others only for staff.' }) url!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
}

@ObjectType({ description: 'A session, as far as a clue needs to name it.' })
export class ClueSessionRef {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => SessionKindEnum, { description: 'A PROJECT_VOTE session’s call collects candidate 民生实事 projects.' }) kind!: SessionKind;
}

@ObjectType({ description: 'Another clue, named by its title and status only.' })
export class ClueRef {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ClueStatus) status!: ClueStatus;
}

@ObjectType('SubmitterNotice', {
  description: 'A text message to the clue’s submitter (短信告知): what it told, and whether the gateway took it.',
})
export class SubmitterNoticeType {
  @Field(() => SubmitterEvent) event!: SubmitterEvent;
  @Field(() => NoticeDelivery) delivery!: NoticeDelivery;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The gateway’s refusal, when it refused.' }) error!: string | null;
}

/** The submitter's word (解决率), as the clue's views carry it. */
@ObjectType()
abstract class VerdictFields {
  @Field(() => Verdict, { nullable: true, description: 'The submitter’s word once the follow-up was closed; the latest stands.' })
  verdict!: Verdict | null;
  @Field(() => String, { nullable: true }) verdictComment!: string | null;
  @Field(() => Date, { nullable: true }) verdictAt!: Date | null;
}

@ObjectType('Clue', { description: '问题线索 as staff see it: the phone number only masked (revealCluePhone shows it, audited).' })
export class ClueType extends VerdictFields {
  @Field(() => ID) id!: string;
  @Field(() => String) trackingCode!: string;
  @Field(() => ClueSessionRef, { nullable: true, description: 'Null for a general submission.' }) session!: ClueSessionRef | null;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'The code of its category (see clueCategories).' }) category!: string;
  @Field(() => String, { description: 'Its category’s Chinese name.' }) categoryName!: string;
  @Field(() => String, { description: 'Its category’s English name.' }) categoryNameEn!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => String, { nullable: true, description: 'Null when anonymous.' }) submitterName!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 138****1234; null when anonymous or not given.' }) phoneMasked!: string | null;
  @Field(() => ClueStatus) status!: ClueStatus;
  @Field(() => Boolean) published!: boolean;
  @Field(() => ID, { nullable: true, description: 'The question it became (ACCEPTED).' }) questionId!: string | null;
  @Field(() => String, { nullable: true }) questionTitle!: string | null;
  @Field(() => ClueRef, { nullable: true, description: 'The clue it was merged into (MERGED).' }) mergedInto!: ClueRef | null;
  @Field(() => DepartmentType, { nullable: true, description: 'Referred to (REFERRED) or asked (ACCEPTED).' })
  department!: DepartmentType | null;
  @Field(() => Date, { nullable: true, description: 'When it was accepted, merged, rejected or referred.' }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The follow-up item made from it once referred (createFollowUpFromClue).' })
  followUpId!: string | null;
  @Field(() => String, { nullable: true, description: '12345 工单编号: the hotline work order it was imported from.' })
  hotlineOrderNo!: string | null;
  @Field(() => Date, { nullable: true, description: '12345 受理时间: when the hotline took the call (createdAt is when it was imported).' })
  hotlineReceivedAt!: Date | null;
  @Field(() => RejectReason, { nullable: true }) rejectReason!: RejectReason | null;
  @Field(() => String, { nullable: true }) rejectNote!: string | null;
  @Field(() => String, { nullable: true }) publicReply!: string | null;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => Int, { description: '附议: devices that support it.' }) supportCount!: number;
  @Field(() => [CluePhotoType]) photos!: CluePhotoType[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => SupervisorRef, { nullable: true, description: '码上提: the representative it is addressed to.' })
  representative!: SupervisorRef | null;
  @Field(() => Date, { nullable: true, description: '代表转交: when that representative forwarded it to staff as a question candidate.' })
  forwardedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The representative’s note with the forwarding.' }) forwardNote!: string | null;
  @Field(() => [SubmitterNoticeType], { description: 'Text messages to the submitter, oldest first (none without a phone number).' })
  notices!: SubmitterNoticeType[];
}

@ObjectType()
export class CluePage extends PageOf(ClueType) {}

@ObjectType({ description: 'A published clue, as the public sees it: no name, no phone.' })
export class PublicClue {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'The code of its category (see clueCategories).' }) category!: string;
  @Field(() => String, { description: 'Its category’s Chinese name.' }) categoryName!: string;
  @Field(() => String, { description: 'Its category’s English name.' }) categoryNameEn!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => ClueStatus) status!: ClueStatus;
  @Field(() => ClueSessionRef, { nullable: true, description: 'Null while the session is a draft the caller may not see.' })
  session!: ClueSessionRef | null;
  @Field(() => Int) supportCount!: number;
  @Field(() => Boolean, { description: 'This device has supported it (sent with the x-public-device header).' }) supportedByMe!: boolean;
  @Field(() => String, { nullable: true }) publicReply!: string | null;
  @Field(() => [CluePhotoType]) photos!: CluePhotoType[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class PublicCluePage extends PageOf(PublicClue) {}

@ObjectType({ description: 'One public step in a clue’s history.' })
export class ClueEvent {
  @Field(() => String, {
    description:
      'SUBMITTED, ACCEPTED, MERGED, REJECTED, REFERRED, PUBLISHED, UNPUBLISHED, REPLIED or VERDICT (the submitter’s word; the note is RESOLVED or UNRESOLVED).',
  })
  action!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true, description: 'What the public may read about this step (a reply, a reason).' }) note!:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description: 'REPLIED: who replied when a representative did (人大代表 and the name); null for the congress’s own reply.',
  })
  by!: string | null;
}

@ObjectType({ description: 'The question a clue became, and how it went on air.' })
export class ClueQuestionOutcome {
  @Field(() => String) title!: string;
  @Field(() => QuestionPhase) phase!: QuestionPhase;
  @Field(() => String) departmentName!: string;
  @Field(() => String) respondent!: string;
  @Field(() => RoundResultType, { nullable: true, description: 'The satisfaction result, once revealed on air.' })
  result!: RoundResultType | null;
}

@ObjectType({ description: 'What a tracking code (查询码) shows: the clue’s fate, never personal data.' })
export class ClueTracking extends VerdictFields {
  @Field(() => String) trackingCode!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The code of its category (see clueCategories).' }) category!: string;
  @Field(() => String, { description: 'Its category’s Chinese name.' }) categoryName!: string;
  @Field(() => String, { description: 'Its category’s English name.' }) categoryNameEn!: string;
  @Field(() => ClueStatus) status!: ClueStatus;
  @Field(() => Boolean) published!: boolean;
  @Field(() => Int) supportCount!: number;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => ClueSessionRef, {
    nullable: true,
    description: 'Null while the session is a draft the caller may not see (as `session(id)`).',
  })
  session!: ClueSessionRef | null;
  @Field(() => String, { nullable: true }) publicReply!: string | null;
  @Field(() => String, { nullable: true, description: '“人大代表 <name>” when the reply is a representative’s (码上答), else null.' })
  replyBy!: string | null;
  @Field(() => RejectReason, { nullable: true }) rejectReason!: RejectReason | null;
  @Field(() => String, { nullable: true }) rejectNote!: string | null;
  @Field(() => String, { nullable: true, description: 'The department it was referred to or asked about.' }) departmentName!: string | null;
  @Field(() => ClueRef, { nullable: true }) mergedInto!: ClueRef | null;
  @Field(() => ClueQuestionOutcome, {
    nullable: true,
    description: 'Null while its session is a draft the caller may not see; so are the department asked and the ACCEPTED step’s note.',
  })
  question!: ClueQuestionOutcome | null;
  @Field(() => [ClueEvent], { description: 'Oldest first.' }) timeline!: ClueEvent[];
  @Field(() => [PublicFollowUp], { description: 'The follow-up (督办) of the promise made on air, or of the referred case.' })
  followUps!: PublicFollowUp[];
  @Field(() => Boolean, {
    description: 'A follow-up item from it is closed (办结): whoever holds the code may say whether the problem is solved.',
  })
  verdictOpen!: boolean;
}

@ObjectType({ description: 'Received: the tracking code to keep.' })
export class SubmittedClue {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '查询码: look the clue up with it later.' }) trackingCode!: string;
}

@ObjectType({ description: 'A session’s call for clues (征集).' })
export class ClueCall {
  @Field(() => ClueSessionRef) session!: ClueSessionRef;
  @Field(() => Date, { nullable: true }) opensAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => Boolean, { description: 'Submissions are accepted now.' }) open!: boolean;
}

@ObjectType()
export class ClueSupportResult {
  @Field(() => ID) clueId!: string;
  @Field(() => Int) supportCount!: number;
}

@ObjectType()
export class RejectReasonCount {
  @Field(() => RejectReason) reason!: RejectReason;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ClueCategoryCount {
  @Field(() => String, { description: 'The code of its category (see clueCategories).' }) category!: string;
  @Field(() => String, { description: 'Its category’s Chinese name.' }) categoryName!: string;
  @Field(() => String, { description: 'Its category’s English name.' }) categoryNameEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Public moderation statistics: what became of the clues received.' })
export class ClueStats {
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'Not triaged yet.' }) pending!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) merged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) referred!: number;
  @Field(() => Int) published!: number;
  @Field(() => [RejectReasonCount]) rejectReasons!: RejectReasonCount[];
  @Field(() => [ClueCategoryCount]) categories!: ClueCategoryCount[];
}

@ObjectType({ description: 'One reason a clue is suggested as a duplicate.' })
export class ClueMatchReason {
  @Field(() => ClueMatchKind) kind!: ClueMatchKind;
  @Field(() => Float, { nullable: true, description: 'SIMILAR_TITLE and SIMILAR_DESCRIPTION: the text similarity, 0 to 1 (trigrams).' })
  score!: number | null;
}

@ObjectType({ description: 'A possible duplicate of a clue, with why it is suggested.' })
export class ClueDuplicate {
  @Field(() => ClueType) clue!: ClueType;
  @Field(() => Float, { description: 'Text similarity of the titles and descriptions, 0 to 1 (trigrams).' }) similarity!: number;
  @Field(() => Boolean, { description: 'Reported at the same place.' }) samePlace!: boolean;
  @Field(() => [ClueMatchReason], { description: 'Why it is suggested, strongest first.' }) reasons!: ClueMatchReason[];
}
