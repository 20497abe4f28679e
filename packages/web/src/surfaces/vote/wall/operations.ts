import { graphql } from '../../../gql';

// A phone's messages (留言 / 网友追问): loaded with the messages panel only, when its session takes them.

export const VoteSendMessageDocument = graphql(`
  mutation VoteSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      status
    }
  }
`);

export const VoteUpvoteMessageDocument = graphql(`
  mutation VoteUpvoteMessage($messageId: ID!) {
    upvoteMessage(messageId: $messageId) {
      id
      upvotes
    }
  }
`);
