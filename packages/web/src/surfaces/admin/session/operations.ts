import { graphql } from '../../../gql';

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
    }
  }
`);

export const UpdateSessionDocument = graphql(`
  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {
    updateSession(id: $id, input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const PublishSessionDocument = graphql(`
  mutation AdminPublishSession($id: ID!) {
    publishSession(id: $id) {
      ...SessionDetailFields
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
    }
  }
`);

export const UpdateQuestionDocument = graphql(`
  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const RemoveQuestionDocument = graphql(`
  mutation AdminRemoveQuestion($id: ID!) {
    removeQuestion(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const ReorderQuestionsDocument = graphql(`
  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {
    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {
      ...SessionDetailFields
    }
  }
`);
