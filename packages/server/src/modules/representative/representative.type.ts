import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { ClueStatus } from '../clue/clue-status.js';
import { SupervisorRef } from '../follow-up/follow-up.type.js';
import { OutcomeEnum } from '../vote/vote.type.js';
import type { Outcome } from '../vote/result.js';
import { ProposalStatus } from './question-proposal.entity.js';

@ObjectType('Representative', { description: '代表档案: a representative’s record, as staff (and the representative themself) see it.' })
export class RepresentativeType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '选区 or 代表团.' }) district!: string;
  @Field(() => String, { nullable: true, description: '联络站.' }) station!: string | null;
  @Field(() => String, { nullable: true, description: 'A short public profile.' }) bio!: string | null;
  @Field(() => String, { nullable: true, description: 'Public URL of the photo (GET /representatives/:id/photo), or null.' })
  photoUrl!: string | null;
  @Field(() => String, { description: '代表码: the QR code encodes <origin>/r/<code>.' }) code!: string;
  @Field(() => Boolean, { description: 'An inactive representative is shown but receives no clues and no assignments.' }) active!: boolean;
  @Field(() => ID, { nullable: true, description: 'The linked REPRESENTATIVE account (staff and the representative only).' })
  accountId!: string | null;
  @Field(() => String, { nullable: true, description: 'The linked account’s username (staff only).' }) accountUsername!: string | null;
}

@ObjectType()
export class RepresentativePage extends PageOf(RepresentativeType) {}

@ObjectType({ description: 'One row the import could not take; nothing was stored.' })
export class RepresentativeImportError {
  @Field(() => Int, { description: 'The row, from 1 (the first row sent).' }) row!: number;
  @Field(() => String) field!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'All or nothing: with errors, nothing was stored.' })
export class RepresentativeImportResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [RepresentativeImportError]) errors!: RepresentativeImportError[];
}

@ObjectType({ description: '选民评议: a published result of a vote assessing the representative.' })
export class RepresentativeReview {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) sessionTitle!: string;
  @Field(() => String) title!: string;
  @Field(() => Date, { description: 'When the result was published.' }) publishedAt!: Date;
  @Field(() => OutcomeEnum) outcome!: Outcome;
  @Field(() => Float, { nullable: true, description: 'Satisfaction rate (满意 + 基本满意), in percent.' }) satisfactionRate!: number | null;
}

@ObjectType({ description: 'The public profile behind a 代表码.' })
export class PublicRepresentative {
  @Field(() => String) name!: string;
  @Field(() => String) district!: string;
  @Field(() => String, { nullable: true }) station!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => String) code!: string;
  @Field(() => Boolean, { description: 'False: the representative takes no clues now (the form is refused).' }) active!: boolean;
  @Field(() => Int, { description: 'Clues addressed to them.' }) cluesReceived!: number;
  @Field(() => Int, { description: 'Of those, answered publicly by them (码上答).' }) cluesAnswered!: number;
  @Field(() => [RepresentativeReview], { description: '选民评议 results, newest first.' }) reviews!: RepresentativeReview[];
}

@ObjectType({ description: 'A clue in a representative’s inbox.' })
export class RepresentativeInboxClue {
  @Field(() => ID) id!: string;
  @Field(() => String) trackingCode!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'The code of its category (see clueCategories).' }) category!: string;
  @Field(() => String, { description: 'Its category’s Chinese name.' }) categoryName!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when anonymous.' }) submitterName!: string | null;
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => ClueStatus) status!: ClueStatus;
  @Field(() => String, { nullable: true }) publicReply!: string | null;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Forwarded to staff as a question candidate.' }) forwardedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The follow-up item made from it (代表下单), if any.' }) followUpId!: string | null;
  @Field(() => [String]) photoUrls!: string[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class RepresentativeInboxPage extends PageOf(RepresentativeInboxClue) {}

@ObjectType('QuestionProposal', { description: '代表出题: a question a representative proposes for a session.' })
export class QuestionProposalType {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => String) sessionTitle!: string;
  @Field(() => String) representativeName!: string;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { nullable: true }) respondent!: string | null;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The question it became (ACCEPTED).' }) questionId!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: '履职 figures of one representative over a period [from, to).' })
export class Participation {
  @Field(() => SupervisorRef) representative!: SupervisorRef;
  @Field(() => Int, { description: 'Clues addressed to them.' }) cluesReceived!: number;
  @Field(() => Int, { description: 'Clues they answered publicly (码上答).' }) cluesAnswered!: number;
  @Field(() => Int, { description: 'Clues they dispatched to a department (代表下单).' }) cluesDispatched!: number;
  @Field(() => Int, { description: 'Items they supervise that were in handling during the period.' }) itemsSupervised!: number;
  @Field(() => Int, { description: 'Scores they gave (代表打分).' }) scoresGiven!: number;
  @Field(() => Int, { description: 'Studio votes cast as a roll member linked to their account.' }) studioVotes!: number;
  @Field(() => Int, { description: 'Sessions with at least one of those votes.' }) sessionsAttended!: number;
}
