import { graphql } from '../../../gql';
import type {
  AdminImportRepresentativesMutation,
  AdminParticipationQuery,
  AdminQuestionProposalFieldsFragment,
  AdminRepresentativeFieldsFragment,
  FollowUpSupervisionFieldsFragment,
  RepresentativeScore,
} from '../../../gql/graphql';

// The staff side of the representatives: their records (代表档案), the 代表码 cards, supervisors and
// scores on a follow-up item (领办督办), proposals for a session (代表出题) and participation (履职).
// The fragments the representative's workspace reads too live in the shared `representative/operations.ts`.

export type Representative = AdminRepresentativeFieldsFragment;
export type Supervision = FollowUpSupervisionFieldsFragment;
export type QuestionProposal = AdminQuestionProposalFieldsFragment;
export type ParticipationRow = AdminParticipationQuery['representativeParticipation'][number];
export type ImportError = AdminImportRepresentativesMutation['importRepresentatives']['errors'][number];
export type { RepresentativeScore };

graphql(`
  fragment AdminRepresentativeFields on Representative {
    id
    name
    district
    station
    bio
    photoUrl
    code
    active
    accountId
    accountUsername
  }
`);

export const RepresentativesDocument = graphql(`
  query AdminRepresentatives($first: Int!, $after: String, $search: String, $active: Boolean) {
    representatives(first: $first, after: $after, search: $search, active: $active) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AdminRepresentativeFields
      }
    }
  }
`);

export const RepresentativeDocument = graphql(`
  query AdminRepresentative($id: ID!) {
    representative(id: $id) {
      ...AdminRepresentativeFields
    }
  }
`);

/** Representatives to choose from (supervisors, the clue board): id, name and district. */
export const RepresentativeChoicesDocument = graphql(`
  query AdminRepresentativeChoices($first: Int!, $search: String, $active: Boolean) {
    representatives(first: $first, search: $search, active: $active) {
      nodes {
        id
        name
        district
        active
      }
    }
  }
`);

export const CreateRepresentativeDocument = graphql(`
  mutation AdminCreateRepresentative($input: RepresentativeInput!) {
    createRepresentative(input: $input) {
      ...AdminRepresentativeFields
    }
  }
`);

export const UpdateRepresentativeDocument = graphql(`
  mutation AdminUpdateRepresentative($id: ID!, $input: RepresentativeInput!) {
    updateRepresentative(id: $id, input: $input) {
      ...AdminRepresentativeFields
    }
  }
`);

export const ImportRepresentativesDocument = graphql(`
  mutation AdminImportRepresentatives($rows: [RepresentativeRowInput!]!) {
    importRepresentatives(rows: $rows) {
      created
      updated
      errors {
        row
        field
        message
      }
    }
  }
`);

/** REPRESENTATIVE accounts to link a record to. */
export const RepresentativeAccountsDocument = graphql(`
  query AdminRepresentativeAccounts($first: Int!, $search: String) {
    accounts(first: $first, role: REPRESENTATIVE, search: $search) {
      nodes {
        id
        username
        displayName
        deactivatedAt
      }
    }
  }
`);

// ─── 领办督办: supervisors and scores on a follow-up item ───

export const FollowUpSupervisionDocument = graphql(`
  query AdminFollowUpSupervision($id: ID!) {
    followUp(id: $id) {
      ...FollowUpSupervisionFields
    }
  }
`);

export const AssignSupervisorsDocument = graphql(`
  mutation AdminAssignSupervisors($followUpId: ID!, $representativeIds: [ID!]!) {
    assignSupervisors(followUpId: $followUpId, representativeIds: $representativeIds) {
      ...FollowUpSupervisionFields
    }
  }
`);

// ─── 代表出题: proposals for a session ───

graphql(`
  fragment AdminQuestionProposalFields on QuestionProposal {
    ...QuestionProposalFields
    representativeName
  }
`);

export const QuestionProposalsDocument = graphql(`
  query AdminQuestionProposals($sessionId: ID) {
    questionProposals(sessionId: $sessionId) {
      ...AdminQuestionProposalFields
    }
  }
`);

export const AcceptProposalDocument = graphql(`
  mutation AdminAcceptQuestionProposal($id: ID!) {
    acceptQuestionProposal(id: $id) {
      ...AdminQuestionProposalFields
    }
  }
`);

export const DeclineProposalDocument = graphql(`
  mutation AdminDeclineQuestionProposal($id: ID!, $reason: String!) {
    declineQuestionProposal(id: $id, reason: $reason) {
      ...AdminQuestionProposalFields
    }
  }
`);

// ─── 履职: participation figures ───

export const ParticipationDocument = graphql(`
  query AdminParticipation($from: DateTimeISO!, $to: DateTimeISO!, $search: String) {
    representativeParticipation(from: $from, to: $to, search: $search) {
      ...ParticipationFields
    }
  }
`);
