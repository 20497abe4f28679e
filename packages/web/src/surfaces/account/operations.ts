import { graphql } from '../../gql';

export const ChangeOwnPasswordDocument = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      ...SessionAccountFields
    }
  }
`);

export const PasswordPolicyDocument = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      minClasses
      history
      maxAgeDays
    }
  }
`);
