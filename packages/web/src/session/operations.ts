import { graphql } from '../gql';
import type { SessionDetailFieldsFragment } from '../gql/graphql';

// The session as planning and the host console read it: every mutation on a session answers with
// the whole session, and both surfaces re-render from that answer.

export type SessionDetail = SessionDetailFieldsFragment;
export type SessionQuestion = SessionDetail['questions'][number];
export type SessionRound = NonNullable<SessionQuestion['round']>;
export type RoundResult = NonNullable<SessionRound['result']>;

graphql(`
  fragment RoundResultFields on RoundResultType {
    ballotType
    options {
      key
      label
      studio
      online
      share
      elected
    }
    rule
    note
    satisfiedGrade
    passingBase
    composite
    outcome
    studioWeight
    onlineWeight
    threshold
    channels {
      channel
      total
      satisfied
      basicallySatisfied
      unsatisfied
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

/** Every rule of a session, as planned and published before the show. */
graphql(`
  fragment VoteSettingsFields on VoteSettings {
    windowSeconds
    streamDelaySeconds
    hideResultsUntilClosed
    studioWeight
    onlineWeight
    satisfiedThreshold
    satisfiedGrade
    passingBase
    passingShare
    studioQuorum
    minOnlineBallots
    quorumFallback
    onlineIdentity
  }
`);

graphql(`
  fragment SessionDetailFields on Session {
    id
    title
    theme
    scheduledAt
    status
    kind
    rehearsal
    streamUrl
    joinCode
    studioElectorate
    currentQuestionId
    stateVersion
    settings {
      ...VoteSettingsFields
    }
    questions {
      id
      position
      title
      body
      questioner
      respondent
      clipUrl
      phase
      subject
      district
      representativeId
      budget
      documentName
      ballotType
      maxChoices
      candidates {
        label
        detail
        departmentId
      }
      department {
        id
        name
        shortName
      }
      round {
        ...RoundWindowFields
        result {
          ...RoundResultFields
        }
      }
    }
  }
`);

export const SessionDetailDocument = graphql(`
  query SessionDetail($id: ID!) {
    session(id: $id) {
      ...SessionDetailFields
    }
  }
`);

graphql(`
  fragment SessionListFields on Session {
    id
    title
    theme
    scheduledAt
    status
    rehearsal
    questions {
      id
    }
  }
`);

export const SessionsDocument = graphql(`
  query SessionList($first: Int!, $after: String, $search: String) {
    sessions(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...SessionListFields
      }
    }
  }
`);
