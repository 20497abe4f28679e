import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentType } from '../department/department.type.js';
import { SubjectKindEnum, type SubjectKind } from '../session/session-kind.js';
import { BallotTypeEnum, type BallotType } from '../vote/ballot-type.js';
import { RoundType } from '../vote/vote.type.js';
import type { VoteRound } from '../vote/vote-round.entity.js';
import type { Question } from './question.entity.js';
import { QuestionPhase } from './question-phase.js';

@ObjectType('Candidate', { description: 'One name on a CHOOSE_UP_TO_N ballot.' })
export class CandidateType {
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field(() => ID, { nullable: true, description: 'A candidate project’s lead department.' }) departmentId!: string | null;
}

@ObjectType('SourceClue', {
  description: 'A clue accepted into an agenda item (for a candidate project: a public proposal), with its 附议.',
})
export class SourceClueType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { description: '附议: how many supported it.' }) supportCount!: number;
}

@ObjectType('Question', {
  description: '议题: one agenda item — a department’s answer (问题), a report, a candidate project or a representative — and its ballot.',
})
export class QuestionType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Place in the running order, from 1.' }) position!: number;
  @Field(() => SubjectKindEnum, { description: 'What the item is about; set by the session’s kind.' }) subject!: SubjectKind;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { description: 'Who asks, e.g. 县人大代表 王建华 (ANSWER).' }) questioner!: string;
  @Field(() => DepartmentType, {
    nullable: true,
    description: 'ANSWER: 应询部门; REPORT: the submitting body; PROJECT: the lead department; REPRESENTATIVE: none.',
  })
  department!: DepartmentType | null;
  @Field(() => String, { description: 'Who answers, who reports, or the representative assessed.' }) respondent!: string;
  @Field(() => String, { nullable: true, description: '暗访短片 shown before the question.' }) clipUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'REPRESENTATIVE: 选区 or 代表团.' }) district!: string | null;
  @Field(() => ID, { nullable: true, description: 'REPRESENTATIVE: the 代表档案 assessed, if the item was made from one.' })
  representativeId!: string | null;
  @Field(() => Float, { nullable: true, description: 'PROJECT: budget in 万元.' }) budget!: number | null;
  @Field(() => String, { nullable: true, description: 'REPORT: the uploaded document’s file name (GET /uploads/questions/:id/document).' })
  documentName!: string | null;
  @Field(() => BallotTypeEnum) ballotType!: BallotType;
  @Field(() => [CandidateType], { description: 'CHOOSE_UP_TO_N: the candidates in ballot order; empty otherwise.' })
  candidates!: CandidateType[];
  @Field(() => Int, { nullable: true, description: 'CHOOSE_UP_TO_N: how many a ballot may choose.' }) maxChoices!: number | null;
  @Field(() => [SourceClueType], { description: 'The clues accepted into it, most supported first (a candidate project’s proposals).' })
  sourceClues!: SourceClueType[];
  @Field(() => QuestionPhase) phase!: QuestionPhase;
  @Field(() => RoundType, { nullable: true, description: 'Its vote, once opened.' }) round!: RoundType | null;

  /** An item as GraphQL shows it, with its round (if any) and that round's result only when `showResult`. */
  static from(question: Question, round: VoteRound | undefined, showResult: boolean, sourceClues: SourceClueType[] = []): QuestionType {
    return {
      id: question.id,
      position: question.position,
      subject: question.subject,
      title: question.title,
      body: question.body,
      questioner: question.questioner,
      department: question.department ? DepartmentType.from(question.department) : null,
      respondent: question.respondent,
      clipUrl: question.clipUrl ?? null,
      district: question.district ?? null,
      representativeId: question.representative?.id ?? null,
      budget: question.budget == null ? null : Number(question.budget),
      documentName: question.documentName ?? null,
      ballotType: question.ballotType,
      candidates: (question.candidates ?? []).map((c) => ({
        label: c.label,
        detail: c.detail ?? null,
        departmentId: c.departmentId ?? null,
      })),
      maxChoices: question.maxChoices ?? null,
      sourceClues,
      phase: question.phase,
      round: round ? RoundType.from(round, showResult) : null,
    };
  }
}
