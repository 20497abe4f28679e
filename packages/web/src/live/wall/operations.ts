import { graphql } from '../../gql';

// The approved audience messages (网络互动) as the public sees them: the phones' wall and the
// broadcast screen's ticker and lower third. Only what they show: every wall goes to every phone. Sent as text over the live socket, like live/operations.ts;
// kept apart from it so a phone loads them only when its session takes messages.

export const WallMessageFields = graphql(`
  fragment WallMessageFields on WallMessage {
    id
    body
    senderName
    pinned
    upvotes
    putToRespondentAt
  }
`);

export const MessageWallFields = graphql(`
  fragment MessageWallFields on MessageWall {
    sessionId
    enabled
    approvedCount
    messages {
      ...WallMessageFields
    }
  }
`);

export const MessageWallDocument = graphql(`
  query MessageWall($sessionId: ID!) {
    messageWall(sessionId: $sessionId) {
      ...MessageWallFields
    }
  }
`);

export const MessageWallChangedDocument = graphql(`
  subscription MessageWallChanged($sessionId: ID!) {
    messageWallChanged(sessionId: $sessionId) {
      ...MessageWallFields
    }
  }
`);
