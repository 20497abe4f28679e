import { graphql } from '../../gql';
import type {
  MyRepresentativeQuery,
  RepresentativeInboxClueFieldsFragment,
  RepresentativeItemQuery,
  RepresentativeProposalFieldsFragment,
  RepresentativeParticipationQuery,
  RepresentativeProposalSessionsQuery,
} from '../../gql/graphql';

// The representative's workspace (代表工作台): their record, the clues addressed to them, the items
// they supervise, their proposed questions and their figures. Page sizes travel as variables. The
// fragments the staff side reads too live in the shared `representative/operations.ts`.

export type MyRepresentative = MyRepresentativeQuery['myRepresentative'];
export type InboxClue = RepresentativeInboxClueFieldsFragment;
export type SupervisedItem = RepresentativeItemQuery['followUp'];
export type Proposal = RepresentativeProposalFieldsFragment;
export type Participation = RepresentativeParticipationQuery['representativeParticipation'][number];
export type ProposalSession = RepresentativeProposalSessionsQuery['sessions']['nodes'][number];

export const MyRepresentativeDocument = graphql(`
  query MyRepresentative {
    myRepresentative {
      id
      name
      district
      station
      code
      active
      photoUrl
    }
  }
`);

graphql(`
  fragment RepresentativeInboxClueFields on RepresentativeInboxClue {
    id
    trackingCode
    title
    description
    category
    categoryName
    location
    submitterName
    anonymous
    status
    publicReply
    repliedAt
    forwardedAt
    followUpId
    photoUrls
    createdAt
  }
`);

export const RepresentativeInboxDocument = graphql(`
  query RepresentativeInbox($first: Int!, $after: String, $search: String, $status: ClueStatus) {
    representativeInbox(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...RepresentativeInboxClueFields
      }
    }
  }
`);

export const RepresentativeClueCategoriesDocument = graphql(`
  query RepresentativeClueCategories {
    clueCategories {
      code
      name
      nameEn
    }
  }
`);

export const RepresentativeDepartmentsDocument = graphql(`
  query RepresentativeDepartments($first: Int!) {
    departments(first: $first) {
      nodes {
        id
        name
        shortName
      }
    }
  }
`);

export const ReplyToClueDocument = graphql(`
  mutation RepresentativeReplyToClue($clueId: ID!, $reply: String!) {
    replyToClueAsRepresentative(clueId: $clueId, reply: $reply) {
      ...RepresentativeInboxClueFields
    }
  }
`);

export const ForwardClueDocument = graphql(`
  mutation RepresentativeForwardClue($clueId: ID!, $note: String) {
    forwardClueToStaff(clueId: $clueId, note: $note) {
      ...RepresentativeInboxClueFields
    }
  }
`);

export const DispatchClueDocument = graphql(`
  mutation RepresentativeDispatchClue($input: RepresentativeDispatchInput!) {
    dispatchClueAsRepresentative(input: $input) {
      ...RepresentativeInboxClueFields
    }
  }
`);

export const SupervisedFollowUpsDocument = graphql(`
  query RepresentativeSupervisedFollowUps($first: Int!, $after: String, $search: String) {
    supervisedFollowUps(first: $first, after: $after, search: $search) {
      ...FollowUpPageFields
    }
  }
`);

graphql(`
  fragment RepresentativeItemFields on FollowUp {
    ...FollowUpDetailFields
    ...FollowUpSupervisionFields
  }
`);

export const RepresentativeItemDocument = graphql(`
  query RepresentativeItem($id: ID!) {
    followUp(id: $id) {
      ...RepresentativeItemFields
    }
  }
`);

export const CommentOnFollowUpDocument = graphql(`
  mutation RepresentativeCommentOnFollowUp($id: ID!, $note: String!) {
    commentOnFollowUp(id: $id, note: $note) {
      ...RepresentativeItemFields
    }
  }
`);

export const ScoreFollowUpDocument = graphql(`
  mutation RepresentativeScoreFollowUp($input: ScoreFollowUpInput!) {
    scoreFollowUp(input: $input) {
      ...RepresentativeItemFields
    }
  }
`);

graphql(`
  fragment RepresentativeProposalFields on QuestionProposal {
    ...QuestionProposalFields
    sessionTitle
  }
`);

export const MyProposalsDocument = graphql(`
  query RepresentativeProposals {
    questionProposals {
      ...RepresentativeProposalFields
    }
  }
`);

export const ProposalSessionsDocument = graphql(`
  query RepresentativeProposalSessions($first: Int!) {
    sessions(first: $first) {
      nodes {
        id
        title
        theme
        kind
        status
        scheduledAt
      }
    }
  }
`);

export const ProposeQuestionDocument = graphql(`
  mutation RepresentativeProposeQuestion($input: ProposeQuestionInput!) {
    proposeQuestion(input: $input) {
      ...RepresentativeProposalFields
    }
  }
`);

export const RepresentativeParticipationDocument = graphql(`
  query RepresentativeParticipation($from: DateTimeISO!, $to: DateTimeISO!) {
    representativeParticipation(from: $from, to: $to) {
      ...ParticipationFields
    }
  }
`);
