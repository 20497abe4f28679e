import { graphql } from '../gql';

// What the phones and the broadcast screen follow during a broadcast.

/** A round's state and voting windows, as every surface that follows a round reads them. */
export const RoundWindowFields = graphql(`
  fragment RoundWindowFields on RoundType {
    id
    status
    studioOpensAt
    studioClosesAt
    onlineOpensAt
    onlineClosesAt
    resultsHidden
    ballotType
    candidates
    maxChoices
  }
`);

/** How a round's quorum rules applied: every surface that shows a result says it in words (quorumNote.ts). */
export const QuorumCheckFields = graphql(`
  fragment QuorumCheckFields on QuorumCheck {
    studioElectorate
    studioRule
    studioRequired
    studioMissed
    onlineRequired
    onlineMissed
    fallback
  }
`);

export const LiveRoundResultFields = graphql(`
  fragment LiveRoundResultFields on RoundResultType {
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
    composite
    outcome
    studioWeight
    onlineWeight
    threshold
    quorum {
      ...QuorumCheckFields
    }
  }
`);

export const LiveStateFields = graphql(`
  fragment LiveStateFields on LiveState {
    sessionId
    version
    status
    title
    theme
    streamUrl
    rehearsal
    serverTime
    questionCount
    messagesEnabled
    settings {
      windowSeconds
      streamDelaySeconds
      hideResultsUntilClosed
      studioWeight
      onlineWeight
      satisfiedThreshold
      satisfiedGrade
      passingShare
      onlineIdentity
    }
    question {
      id
      position
      title
      body
      questioner
      respondent
      subject
      district
      budget
      department {
        shortName
        name
      }
      candidates {
        label
        detail
      }
      phase
      clipUrl
      round {
        ...RoundWindowFields
        result {
          ...LiveRoundResultFields
        }
      }
    }
  }
`);

export const LiveStateChangedDocument = graphql(`
  subscription LiveStateChanged($sessionId: ID!) {
    liveStateChanged(sessionId: $sessionId) {
      ...LiveStateFields
    }
  }
`);

export const LiveServerTimeDocument = graphql(`
  query LiveServerTime {
    serverTime
  }
`);

export const LiveRoundTallyFields = graphql(`
  fragment LiveRoundTallyFields on RoundTally {
    roundId
    sequence
    studioVoted
    studioElectorate
    onlineVoted
    result {
      ...LiveRoundResultFields
    }
  }
`);
