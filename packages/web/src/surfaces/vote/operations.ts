import { graphql } from '../../gql';

export const VoteJoinSessionDocument = graphql(`
  mutation VoteJoinSession($joinCode: String!) {
    joinSession(joinCode: $joinCode) {
      token
      sessionId
      channel
    }
  }
`);

/** A text message code for a session whose online vote needs a proven mobile number. */
export const VoteRequestCodeDocument = graphql(`
  mutation VoteRequestCode($input: RequestVoteCodeInput!) {
    requestVoteCode(input: $input) {
      maskedPhone
      expiresInSeconds
      resendAfterSeconds
    }
  }
`);

export const VoteJoinWithCodeDocument = graphql(`
  mutation VoteJoinWithCode($input: JoinWithCodeInput!) {
    joinWithCode(input: $input) {
      token
      sessionId
      channel
    }
  }
`);

export const VoteClaimSeatDocument = graphql(`
  mutation VoteClaimSeat($input: ClaimSeatInput!) {
    claimSeat(input: $input) {
      token
      sessionId
      channel
    }
  }
`);

export const VoteCastVoteDocument = graphql(`
  mutation VoteCastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      roundId
      choice
      picks
      replayed
    }
  }
`);

/** The live state over HTTP, so a phone can show the session before its socket is up. */
export const VoteLiveStateDocument = graphql(`
  query VoteLiveState($sessionId: ID!) {
    liveState(sessionId: $sessionId) {
      ...LiveStateFields
    }
  }
`);
