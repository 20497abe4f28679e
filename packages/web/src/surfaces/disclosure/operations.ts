import { graphql } from '../../gql';

// The disclosure page's one query, sent as text over fetch: no urql on this light page. The
// session's settings name its online channel (网络测评（手机验证）…) with every result.

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
      scheduledAt
      questions {
        id
        position
        title
        departmentName
        respondent
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

graphql(`
  fragment DisclosureResultFields on RoundResultType {
    composite
    outcome
    threshold
    studioWeight
    onlineWeight
    channels {
      channel
      satisfied
      basicallySatisfied
      unsatisfied
      total
      satisfiedPercent
      basicallySatisfiedPercent
      unsatisfiedPercent
      satisfactionRate
    }
    quorum {
      ...QuorumCheckFields
    }
  }
`);
