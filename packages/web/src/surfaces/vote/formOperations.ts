import { graphql } from '../../gql';

// The operations of the mobile-number form and the seat page, apart from the ones every phone uses
// at once (operations.ts), so they load with those pages only.

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
