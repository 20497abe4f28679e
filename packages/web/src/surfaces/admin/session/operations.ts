import { graphql } from '../../../gql';
import type { AdminKindDefaultsQuery, AdminSessionKindProfilesQuery, AdminSessionPlanQuery } from '../../../gql/graphql';

// The session as planning reads it: the shared session (session/operations.ts), which holds the
// kind's rules and each agenda item's fields by subject, with what only the planners need: the
// public proposals a project came from. Every planning mutation answers with the same selection.
// It is spelled out in each operation, not wrapped in a fragment of its own: one more fragment
// level takes the operations past the server's depth and cost limits (query-limits.ts).
graphql(`
  fragment AdminPlanItemFields on Question {
    sourceClues {
      id
      title
      supportCount
    }
  }
`);

export type SessionPlan = AdminSessionPlanQuery['session'];
export type PlanQuestion = SessionPlan['questions'][number];

export const SessionPlanDocument = graphql(`
  query AdminSessionPlan($id: ID!) {
    session(id: $id) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

/** Per kind: what its agenda items are about, its ballots, and the rules a new session of it starts with. */
export const SessionKindProfilesDocument = graphql(`
  query AdminSessionKindProfiles {
    sessionKindProfiles {
      kind
      subject
      ballotType
      ballotTypes
      redoMonths
      settings {
        ...VoteSettingsFields
      }
    }
  }
`);

export type SessionKindProfile = AdminSessionKindProfilesQuery['sessionKindProfiles'][number];

// Each kind's default rules as staff edit them (AdminKindDefaultsPage): whether staff set them.
graphql(`
  fragment KindDefaultsFields on SessionKindProfile {
    kind
    subject
    ballotTypes
    customized
    redoMonths
    settings {
      ...VoteSettingsFields
    }
  }
`);

export const KindDefaultsDocument = graphql(`
  query AdminKindDefaults {
    sessionKindProfiles {
      ...KindDefaultsFields
    }
  }
`);

/** Sets a kind's default rules for sessions planned from now on; sessions planned before keep theirs. */
export const SetKindDefaultsDocument = graphql(`
  mutation AdminSetKindDefaults($input: SessionKindDefaultsInput!) {
    setSessionKindDefaults(input: $input) {
      ...KindDefaultsFields
    }
  }
`);

/** Back to the rules the product ships for the kind. */
export const ResetKindDefaultsDocument = graphql(`
  mutation AdminResetKindDefaults($kind: SessionKind!) {
    resetSessionKindDefaults(kind: $kind) {
      ...KindDefaultsFields
    }
  }
`);

export type KindDefaults = AdminKindDefaultsQuery['sessionKindProfiles'][number];

graphql(`
  fragment RollMemberFields on RollMember {
    id
    name
    accountId
    accountName
    seatLabel
    seatCode
    seatClaimed
  }
`);

graphql(`
  fragment RollRepresentativeFields on Account {
    id
    username
    displayName
  }
`);

export const StudioRollDocument = graphql(`
  query AdminStudioRoll($sessionId: ID!) {
    studioRoll(sessionId: $sessionId) {
      ...RollMemberFields
    }
  }
`);

export const AddToRollDocument = graphql(`
  mutation AdminAddToRoll($input: AddToRollInput!) {
    addToRoll(input: $input) {
      ...RollMemberFields
    }
  }
`);

export const RemoveFromRollDocument = graphql(`
  mutation AdminRemoveFromRoll($id: ID!) {
    removeFromRoll(id: $id)
  }
`);

export const IssueSeatCodesDocument = graphql(`
  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {
    issueSeatCodes(input: $input) {
      id
      code
      label
      name
      claimed
    }
  }
`);

// 100 at a time keeps the query under the server's cost limit; typing a name narrows the search.
export const RepresentativesDocument = graphql(`
  query AdminRollRepresentatives($search: String) {
    accounts(first: 100, role: REPRESENTATIVE, search: $search) {
      nodes {
        ...RollRepresentativeFields
      }
    }
  }
`);

graphql(`
  fragment SeatCodeFields on SeatCode {
    id
    code
    label
    name
    claimed
  }
`);

export const SeatCodesDocument = graphql(`
  query AdminSeatCodes($sessionId: ID!) {
    seatCodes(sessionId: $sessionId) {
      ...SeatCodeFields
    }
  }
`);

export const CreateSessionDocument = graphql(`
  mutation AdminCreateSession($input: SessionInput!) {
    createSession(input: $input) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

export const UpdateSessionDocument = graphql(`
  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {
    updateSession(id: $id, input: $input) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

export const PublishSessionDocument = graphql(`
  mutation AdminPublishSession($id: ID!) {
    publishSession(id: $id) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

graphql(`
  fragment RosterEntryFields on RosterEntry {
    id
    name
    maskedPhone
  }
`);

export const OnlineRosterDocument = graphql(`
  query AdminOnlineRoster($sessionId: ID!) {
    onlineRoster(sessionId: $sessionId) {
      ...RosterEntryFields
    }
  }
`);

export const ImportOnlineRosterDocument = graphql(`
  mutation AdminImportOnlineRoster($input: ImportRosterInput!) {
    importOnlineRoster(input: $input)
  }
`);

export const AddQuestionDocument = graphql(`
  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {
    addQuestion(sessionId: $sessionId, input: $input) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

export const UpdateQuestionDocument = graphql(`
  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

export const RemoveQuestionDocument = graphql(`
  mutation AdminRemoveQuestion($id: ID!) {
    removeQuestion(id: $id) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

export const ReorderQuestionsDocument = graphql(`
  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {
    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {
      ...SessionDetailFields
      questions {
        ...AdminPlanItemFields
      }
    }
  }
`);

/** The planners' list: the shared list fields with each session's kind. */
export const AdminSessionListDocument = graphql(`
  query AdminSessionList($first: Int!, $after: String, $search: String) {
    sessions(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...SessionListFields
        kind
      }
    }
  }
`);
