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

/** The live state the server puts into the vote page (its http/vote-page.ts), so a phone shows the session before its socket is up. */
export const VoteLiveStateDocument = graphql(`
  query VoteLiveState($sessionId: ID!) {
    liveState(sessionId: $sessionId) {
      ...LiveStateFields
    }
  }
`);
