import { graphql } from '../gql';

/** The signed-in account as every staff page knows it. */
graphql(`
  fragment SessionAccountFields on Account {
    id
    username
    displayName
    role
    mustChangePassword
    passwordChangedAt
    department {
      id
      name
      shortName
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionAccountFields
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      account {
        ...SessionAccountFields
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
