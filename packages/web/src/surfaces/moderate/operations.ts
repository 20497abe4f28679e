import { graphql } from '../../gql';

// The moderation console (网络互动审核): the queue of one session, live, and the moderator's decisions.

export const ModerationMessageFields = graphql(`
  fragment ModerationMessageFields on AudienceMessage {
    id
    sessionId
    questionId
    questionTitle
    body
    senderName
    status
    rejectReason
    blockedWords
    pinned
    upvotes
    createdAt
    moderatedAt
    waitedSeconds
    putToRespondentAt
  }
`);

export const ModerateSessionDocument = graphql(`
  query ModerateSession($id: ID!) {
    session(id: $id) {
      id
      title
      theme
      status
      messageSettings {
        enabled
        keepBlocked
      }
    }
  }
`);

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($sessionId: ID!, $status: MessageStatus!, $first: Int!, $after: String, $search: String) {
    moderationQueue(sessionId: $sessionId, status: $status, first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ModerationMessageFields
      }
    }
  }
`);

export const ModerationQueueChangedDocument = graphql(`
  subscription ModerationQueueChanged($sessionId: ID!) {
    moderationQueueChanged(sessionId: $sessionId) {
      messages {
        ...ModerationMessageFields
      }
    }
  }
`);

export const ApproveMessageDocument = graphql(`
  mutation ApproveMessage($id: ID!) {
    approveMessage(id: $id) {
      ...ModerationMessageFields
    }
  }
`);

export const RejectMessageDocument = graphql(`
  mutation RejectMessage($id: ID!, $reason: String!) {
    rejectMessage(id: $id, reason: $reason) {
      ...ModerationMessageFields
    }
  }
`);

export const PinMessageDocument = graphql(`
  mutation PinMessage($id: ID!, $pinned: Boolean!) {
    pinMessage(id: $id, pinned: $pinned) {
      ...ModerationMessageFields
    }
  }
`);
