import { graphql } from '../../gql';

// The results pages' queries, sent as text over fetch: no urql on these light pages.

// The disclosure page's session: its settings name the online channel (网络测评（手机验证）…) with every result.

export const PublicSessionDisclosureDocument = graphql(`
  query PublicSessionDisclosure($sessionId: ID!) {
    session(id: $sessionId) {
      id
      settings {
        onlineIdentity
      }
    }
    sessionDisclosure(sessionId: $sessionId) {
      sessionId
      title
      theme
      kind
      scheduledAt
      questions {
        id
        position
        title
        subject
        departmentName
        respondent
        district
        budget
        ballotType
        result {
          ...DisclosureResultFields
        }
        followUps {
          id
          title
          commitment
          deadline
          status
          overdue
          departmentName
          progress
          handlingRound
          lookBackResult {
            ...DisclosureResultFields
          }
          accountability {
            kind
            measure
            body
            takenOn
            officialName
            officialPost
            issuedBy
            referenceNumber
          }
          timeline {
            id
            action
            at
            note
            percent
            deadline
            handlingRound
            evidence {
              id
            }
          }
        }
      }
    }
  }
`);

// The same result as the live surfaces show (src/live/operations.ts): per channel, per option
// (answer or candidate, with 当选), and the published rule and note.
graphql(`
  fragment DisclosureResultFields on RoundResultType {
    ...LiveRoundResultFields
  }
`);

// The results index. The page size is a variable: the server's cost limit multiplies a literal
// `first`, not a variable.

export const PublicSessionIndexDocument = graphql(`
  query PublicSessionIndex($first: Int!, $after: String, $search: String) {
    sessions(first: $first, after: $after, search: $search) {
      nodes {
        id
        title
        theme
        scheduledAt
        status
        kind
        joinCode
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** Audience messages (网友留言) staff chose to publish with the results; none unless they did. */
export const PublicPublishedMessagesDocument = graphql(`
  query PublicPublishedMessages($sessionId: ID!) {
    publishedMessages(sessionId: $sessionId) {
      id
      body
      senderName
      upvotes
      approvedAt
      putToRespondentAt
    }
  }
`);
