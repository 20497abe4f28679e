import { graphql } from '../../gql';

export const ChangeOwnPasswordDocument = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      ...SessionAccountFields
    }
  }
`);
