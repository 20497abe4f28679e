import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { CommitteeRef } from '../committee/committee.type.js';
import { DepartmentType } from '../department/department.type.js';
import { OutcomeEnum, RoundResultType } from '../vote/vote.type.js';
import type { Outcome } from '../vote/result.js';
import { FollowUpStatus } from './follow-up-status.js';
import { EscalationLevel } from './deadline-terms.js';
import { ExtensionRequestType } from './deadlines.type.js';
import { RepresentativeScore } from './follow-up-score.entity.js';
import {
  AccountabilityKind,
  AccountabilityMeasure,
  MediationDecision,
  MediationSide,
  OversightBody,
  TextReview,
} from './oversight-terms.js';

@ObjectType('EvidenceFile', { description: 'A photo or document sent as evidence.' })
export class EvidenceType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => String, { description: 'Staff and the item’s departments may load it.' }) url!: string;
}

@ObjectType({ description: 'One step in an item’s timeline.' })
export class FollowUpEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description:
      'CREATED, EDITED, DISPATCHED, ACCEPTED, RETURNED, REASSIGNED, INSISTED, PROGRESS, REPORTED, APPROVED, SENT_BACK, EVALUATION_OPENED, CLOSED, REOPENED, NOTICE, SPLIT, COMMITTEE_CHANGED (督办委室 set or changed), COMMENTED (a supervising representative’s comment), SCORED (代表打分), DEADLINE_CHANGED, URGED (催办), ESCALATED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED (延期), MEDIATION (三方见面), ACCOUNTABILITY (问责), REFERRED (移送)',
  })
  action!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { nullable: true }) percent!: number | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'The deadline it set (creation, edit, dispatch, reopening, a change or an approved extension) or asked for (an extension request).',
  })
  deadline!: Date | null;
  @Field(() => Int) handlingRound!: number;
  @Field(() => String, { nullable: true, description: 'Who acted (staff view only; null for the vote and the scheduler).' }) actorName!:
    | string
    | null;
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
  @Field(() => TextReview, {
    nullable: true,
    description:
      'Staff review of a department’s note (where the deployment asks for it); null when published as written, and always on the public page.',
  })
  review!: TextReview | null;
  @Field(() => String, { nullable: true, description: 'Why staff returned the text.' }) reviewNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Who approved or returned the text (not on the public page).' }) reviewerName!:
    | string
    | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
}

@ObjectType({ description: 'A participant of a 三方见面 and the side they sat for.' })
export class MediationParticipantType {
  @Field(() => String) name!: string;
  @Field(() => MediationSide) side!: MediationSide;
}

@ObjectType('Mediation', { description: '三方见面 (提、督、办) held after an unsatisfied look-back.' })
export class MediationType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (China time).' }) heldOn!: string;
  @Field(() => [MediationParticipantType]) participants!: MediationParticipantType[];
  @Field(() => String) outcome!: string;
  @Field(() => MediationDecision) decision!: MediationDecision;
  @Field(() => Int) handlingRound!: number;
  @Field(() => [EvidenceType], { description: 'The minutes (会议纪要).' }) minutes!: EvidenceType[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AccountabilityRecord', {
  description: '问责: a measure against an official, or a referral to another oversight body (staff only).',
})
export class AccountabilityRecordType {
  @Field(() => ID) id!: string;
  @Field(() => AccountabilityKind) kind!: AccountabilityKind;
  @Field(() => AccountabilityMeasure, { nullable: true, description: 'MEASURE only.' }) measure!: AccountabilityMeasure | null;
  @Field(() => String, { nullable: true }) officialName!: string | null;
  @Field(() => String, { nullable: true }) officialPost!: string | null;
  @Field(() => String, { nullable: true, description: 'Who issued the measure.' }) issuedBy!: string | null;
  @Field(() => OversightBody, { nullable: true, description: 'REFERRAL only.' }) body!: OversightBody | null;
  @Field(() => String, { nullable: true, description: '文号 of the referral.' }) referenceNumber!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD (China time): issued or referred on.' }) takenOn!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean, { description: 'Names and 文号 are on the public page.' }) published!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: '问责 as the public sees it: kind and date; names and 文号 only when staff published the record.' })
export class PublicAccountability {
  @Field(() => AccountabilityKind) kind!: AccountabilityKind;
  @Field(() => AccountabilityMeasure, { nullable: true }) measure!: AccountabilityMeasure | null;
  @Field(() => OversightBody, { nullable: true }) body!: OversightBody | null;
  @Field(() => String) takenOn!: string;
  @Field(() => String, { nullable: true }) officialName!: string | null;
  @Field(() => String, { nullable: true }) officialPost!: string | null;
  @Field(() => String, { nullable: true }) issuedBy!: string | null;
  @Field(() => String, { nullable: true }) referenceNumber!: string | null;
}

@ObjectType({ description: 'The question an item came from.' })
export class FollowUpQuestionRef {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => String) sessionTitle!: string;
  @Field(() => String) respondent!: string;
}

@ObjectType({ description: 'A representative, as far as an item or a clue names them.' })
export class SupervisorRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '选区 or 代表团.' }) district!: string;
}

@ObjectType('FollowUpScoreType', { description: '代表打分: a supervising representative’s score of the report of one handling round.' })
export class FollowUpScoreType {
  @Field(() => String) representativeName!: string;
  @Field(() => RepresentativeScore) score!: RepresentativeScore;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) handlingRound!: number;
  @Field(() => Date) at!: Date;
}

@ObjectType('FollowUp', { description: '督办事项: a rectification item with a department, a deadline and a timeline.' })
export class FollowUpType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: '整改承诺' }) commitment!: string;
  @Field(() => Date) deadline!: Date;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Boolean, { description: 'Derived: the deadline has passed while the work is still the department’s.' }) overdue!: boolean;
  @Field(() => Int, { description: 'Working days (工作日) past the deadline while overdue; 0 otherwise.' }) overdueWorkingDays!: number;
  @Field(() => EscalationLevel, { nullable: true, description: 'The highest rung of the escalation ladder raised in this handling round.' })
  escalation!: EscalationLevel | null;
  @Field(() => DepartmentType, { description: '主办' }) department!: DepartmentType;
  @Field(() => CommitteeRef, { nullable: true, description: '督办委室: the committee (专（工）委) that supervises it.' })
  committee!: CommitteeRef | null;
  @Field(() => [DepartmentType], { description: '协办' }) coDepartments!: DepartmentType[];
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int) weight!: number;
  @Field(() => Int, { description: 'Percent done; a parent’s is the weighted mean of its sub-items.' }) progress!: number;
  @Field(() => FollowUpQuestionRef, { nullable: true }) question!: FollowUpQuestionRef | null;
  @Field(() => ID, { nullable: true, description: 'The referred clue it was created from.' }) sourceClueId!: string | null;
  @Field(() => OutcomeEnum, { nullable: true, description: 'The live result that created it.' }) triggerOutcome!: Outcome | null;
  @Field(() => Int, { description: '1 for the first handling, 2 for 二次办理, …' }) handlingRound!: number;
  @Field(() => ID, { nullable: true, description: 'The look-back (回头看) question evaluating it.' }) evaluationQuestionId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: '民生实事: the year-end satisfaction round it joins once approved (for those who may see that session).',
  })
  assessmentSessionId!: string | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => Date, { nullable: true }) dispatchedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Boolean, {
    description:
      'The viewer may open this item (followUp(id)). When false (another department’s sub-item, listed in its parent’s breakdown), its timeline, co-handling departments, return reason and look-back are left empty.',
  })
  readable!: boolean;
  @Field(() => [FollowUpType], {
    description: 'Sub-items, if it was split; each one the viewer may not open is listed without its details (see readable).',
  })
  children!: FollowUpType[];
  @Field(() => [FollowUpEventType], { description: 'Oldest first.' }) timeline!: FollowUpEventType[];
  @Field(() => [SupervisorRef], { description: '领办督办: the supervising representatives (empty when not readable).' })
  supervisors!: SupervisorRef[];
  @Field(() => [FollowUpScoreType], { description: '代表打分, newest first (empty when not readable).' })
  representativeScores!: FollowUpScoreType[];
  @Field(() => [ExtensionRequestType], { description: '延期申请, newest first (empty when not readable).' })
  extensionRequests!: ExtensionRequestType[];
  @Field(() => Int, { description: 'Department notes waiting for staff review (待审核).' }) pendingReviews!: number;
  @Field(() => [MediationType], { description: '三方见面, oldest first (empty when not readable).' }) mediations!: MediationType[];
  @Field(() => [AccountabilityRecordType], { description: '问责 and referrals, oldest first (staff only; empty for others).' })
  accountability!: AccountabilityRecordType[];
}

@ObjectType()
export class FollowUpPage extends PageOf(FollowUpType) {}

@ObjectType({ description: 'An in-app notice: a deadline coming, an item overdue, dispatched, sent back or reopened.' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description:
      'DISPATCHED, DEADLINE_SOON, OVERDUE, SENT_BACK, REOPENED, RETURNED, REPORTED, URGED, ESCALATED, DEADLINE_CHANGED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED',
  })
  kind!: string;
  @Field(() => String) message!: string;
  @Field(() => ID) followUpId!: string;
  @Field(() => Boolean) read!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'An item as the public sees it: no names, no phones, no staff.' })
export class PublicFollowUp {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) commitment!: string;
  @Field(() => Date) deadline!: Date;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => String) departmentName!: string;
  @Field(() => Int) progress!: number;
  @Field(() => Int) handlingRound!: number;
  @Field(() => [FollowUpEventType], { description: 'Actor names are always null here; evidence is listed without links.' })
  timeline!: FollowUpEventType[];
  @Field(() => RoundResultType, { nullable: true, description: 'The latest look-back (回头看) result.' })
  lookBackResult!: RoundResultType | null;
  @Field(() => [PublicAccountability], { description: '问责 and referrals, oldest first.' }) accountability!: PublicAccountability[];
}
