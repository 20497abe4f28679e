import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentType } from '../department/department.type.js';
import { RoundType } from '../vote/vote.type.js';
import type { VoteRound } from '../vote/vote-round.entity.js';
import type { Question } from './question.entity.js';
import { QuestionPhase } from './question-phase.js';

@ObjectType('Question', { description: '问题: an on-air question to a department.' })
export class QuestionType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Place in the running order, from 1.' }) position!: number;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { description: 'Who asks, e.g. 县人大代表 王建华.' }) questioner!: string;
  @Field(() => DepartmentType) department!: DepartmentType;
  @Field(() => String, { description: 'The official who answers.' }) respondent!: string;
  @Field(() => String, { nullable: true, description: '暗访短片 shown before the question.' }) clipUrl!: string | null;
  @Field(() => QuestionPhase) phase!: QuestionPhase;
  @Field(() => RoundType, { nullable: true, description: 'Its satisfaction vote, once opened.' }) round!: RoundType | null;

  /** A question as GraphQL shows it, with its round (if any) and that round's result only when `showResult`. */
  static from(question: Question, round: VoteRound | undefined, showResult: boolean): QuestionType {
    return {
      id: question.id,
      position: question.position,
      title: question.title,
      body: question.body,
      questioner: question.questioner,
      department: DepartmentType.from(question.department),
      respondent: question.respondent,
      clipUrl: question.clipUrl ?? null,
      phase: question.phase,
      round: round ? RoundType.from(round, showResult) : null,
    };
  }
}
