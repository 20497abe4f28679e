import { graphql } from '../gql';
import type { FollowUpDetailFieldsFragment, FollowUpNotificationsQuery, FollowUpRowFieldsFragment } from '../gql/graphql';

// The operations of follow-up supervision (督办), shared by the staff board and the department
// portal. Page sizes travel as variables: a literal `first` multiplies the query's estimated cost.

export type FollowUpRow = FollowUpRowFieldsFragment;
export type FollowUpDetail = FollowUpDetailFieldsFragment;
export type FollowUpEvent = FollowUpDetail['timeline'][number];
export type FollowUpNotice = FollowUpNotificationsQuery['notifications'][number];

/** A department as follow-up items name it: lead and co-handling departments alike. */
graphql(`
  fragment FollowUpDepartmentFields on Department {
    id
    name
    shortName
  }
`);

graphql(`
  fragment FollowUpRowFields on FollowUp {
    id
    title
    committee {
      id
      shortName
    }
    commitment
    status
    deadline
    overdue
    progress
    handlingRound
    parentId
    sourceClueId
    department {
      ...FollowUpDepartmentFields
    }
    coDepartments {
      ...FollowUpDepartmentFields
    }
    question {
      id
      sessionId
      sessionTitle
    }
    children {
      id
    }
  }
`);

graphql(`
  fragment FollowUpDetailFields on FollowUp {
    id
    title
    committee {
      id
      name
      shortName
    }
    commitment
    status
    deadline
    overdue
    progress
    handlingRound
    parentId
    sourceClueId
    weight
    returnReason
    triggerOutcome
    evaluationQuestionId
    assessmentSessionId
    overdueWorkingDays
    escalation
    extensionRequests {
      id
      status
      reason
      currentDeadline
      proposedDeadline
      decisionNote
      decidedAt
      createdAt
    }
    department {
      ...FollowUpDepartmentFields
    }
    coDepartments {
      ...FollowUpDepartmentFields
    }
    question {
      id
      title
      sessionId
      sessionTitle
      respondent
    }
    children {
      id
      title
      status
      deadline
      overdue
      progress
      weight
      readable
      department {
        id
        shortName
      }
    }
    timeline {
      id
      action
      at
      note
      percent
      deadline
      handlingRound
      actorName
      evidence {
        id
        fileName
        contentType
        url
      }
      review
      reviewNote
      reviewerName
      reviewedAt
    }
    pendingReviews
    mediations {
      id
      heldOn
      outcome
      decision
      handlingRound
      participants {
        name
        side
      }
      minutes {
        id
        fileName
        url
      }
    }
    accountability {
      id
      kind
      measure
      officialName
      officialPost
      issuedBy
      body
      referenceNumber
      takenOn
      note
      published
    }
  }
`);

/** A page of the follow-up board, for staff and departments alike. */
graphql(`
  fragment FollowUpPageFields on FollowUpPage {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...FollowUpRowFields
    }
  }
`);

export const FollowUpsDocument = graphql(`
  query AdminFollowUps($first: Int!, $after: String, $search: String, $filter: FollowUpFilter) {
    followUps(first: $first, after: $after, search: $search, filter: $filter) {
      ...FollowUpPageFields
    }
  }
`);

export const MyFollowUpsDocument = graphql(`
  query DepartmentFollowUps($first: Int!, $after: String, $filter: FollowUpFilter) {
    myFollowUps(first: $first, after: $after, filter: $filter) {
      ...FollowUpPageFields
    }
  }
`);

export const FollowUpItemDocument = graphql(`
  query FollowUpItem($id: ID!) {
    followUp(id: $id) {
      ...FollowUpDetailFields
    }
  }
`);

export const FollowUpSessionsDocument = graphql(`
  query AdminFollowUpSessions($first: Int!) {
    sessions(first: $first) {
      nodes {
        id
        title
      }
    }
  }
`);

// ─── Staff verbs ───

export const EditFollowUpDocument = graphql(`
  mutation AdminEditFollowUp($input: FollowUpEditInput!) {
    editFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const SplitFollowUpDocument = graphql(`
  mutation AdminSplitFollowUp($input: SplitFollowUpInput!) {
    splitFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const DispatchFollowUpsDocument = graphql(`
  mutation AdminDispatchFollowUps($ids: [ID!]!) {
    dispatchFollowUps(ids: $ids) {
      ...FollowUpRowFields
    }
  }
`);

export const ReassignFollowUpDocument = graphql(`
  mutation AdminReassignFollowUp($input: ReassignFollowUpInput!) {
    reassignFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const InsistFollowUpDocument = graphql(`
  mutation AdminInsistFollowUp($input: FollowUpReasonInput!) {
    insistFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const ApproveFollowUpDocument = graphql(`
  mutation AdminApproveFollowUp($input: FollowUpReasonInput!) {
    approveFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const SendBackFollowUpDocument = graphql(`
  mutation AdminSendBackFollowUp($input: FollowUpReasonInput!) {
    sendBackFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const CloseFollowUpDocument = graphql(`
  mutation AdminCloseFollowUp($input: FollowUpReasonInput!) {
    closeFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const OpenLookBackDocument = graphql(`
  mutation AdminOpenLookBack($input: OpenLookBackInput!) {
    openLookBack(input: $input) {
      sessionId
      items {
        ...FollowUpDetailFields
      }
    }
  }
`);

export const LookBackSessionDocument = graphql(`
  query AdminLookBackSession($id: ID!) {
    session(id: $id) {
      id
      title
      joinCode
      status
    }
  }
`);

// ─── Department verbs ───

export const AcceptFollowUpDocument = graphql(`
  mutation DepartmentAcceptFollowUp($id: ID!) {
    acceptFollowUp(id: $id) {
      ...FollowUpDetailFields
    }
  }
`);

export const ReturnFollowUpDocument = graphql(`
  mutation DepartmentReturnFollowUp($input: FollowUpReasonInput!) {
    returnFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const PostProgressDocument = graphql(`
  mutation DepartmentPostProgress($input: ProgressInput!) {
    postFollowUpProgress(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const SubmitReportDocument = graphql(`
  mutation DepartmentSubmitReport($input: ProgressInput!) {
    submitFollowUpReport(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

// ─── Notices (both staff and departments) ───

export const NotificationsDocument = graphql(`
  query FollowUpNotifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      id
      kind
      message
      followUpId
      read
      createdAt
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkFollowUpNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
