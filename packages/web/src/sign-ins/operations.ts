import { graphql } from '../gql';

graphql(`
  fragment SignInFields on SignIn {
    id
    createdAt
    expiresAt
    ip
    current
  }
`);

export const MySignInsDocument = graphql(`
  query MySignIns {
    mySignIns {
      ...SignInFields
    }
  }
`);

export const AccountSignInsDocument = graphql(`
  query AccountSignIns($accountId: ID!) {
    signIns(accountId: $accountId) {
      ...SignInFields
    }
  }
`);

export const RevokeSignInDocument = graphql(`
  mutation RevokeSignIn($id: ID!) {
    revokeSignIn(id: $id)
  }
`);

export const RevokeAllSignInsDocument = graphql(`
  mutation RevokeAllSignIns($accountId: ID!) {
    revokeAllSignIns(accountId: $accountId)
  }
`);
