import { graphql } from '../../../gql';

graphql(`
  fragment AdminAccountFields on Account {
    id
    username
    displayName
    role
    createdAt
    deactivatedAt
    mustChangePassword
    lockedAt
    department {
      id
      name
      shortName
    }
    committee {
      id
      name
    }
  }
`);

export const AccountsDocument = graphql(`
  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {
    accounts(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AdminAccountFields
      }
    }
  }
`);

export const CreateAccountDocument = graphql(`
  mutation AdminCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      initialPassword
      account {
        ...AdminAccountFields
      }
    }
  }
`);

export const DeactivateAccountDocument = graphql(`
  mutation AdminDeactivateAccount($id: ID!) {
    deactivateAccount(id: $id) {
      ...AdminAccountFields
    }
  }
`);

export const ReactivateAccountDocument = graphql(`
  mutation AdminReactivateAccount($id: ID!) {
    reactivateAccount(id: $id) {
      ...AdminAccountFields
    }
  }
`);

export const UnlockAccountDocument = graphql(`
  mutation AdminUnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      ...AdminAccountFields
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation AdminResetPassword($accountId: ID!) {
    resetPassword(accountId: $accountId) {
      temporaryPassword
      account {
        ...AdminAccountFields
      }
    }
  }
`);

graphql(`
  fragment AdminDepartmentFields on Department {
    id
    name
    shortName
    createdAt
  }
`);

export const DepartmentsDocument = graphql(`
  query AdminDepartments($first: Int!, $after: String, $search: String) {
    departments(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AdminDepartmentFields
      }
    }
  }
`);

export const CreateDepartmentDocument = graphql(`
  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...AdminDepartmentFields
    }
  }
`);

export const DirectoryChangedDocument = graphql(`
  subscription DirectoryChanged {
    directoryChanged {
      change
      department {
        ...AdminDepartmentFields
      }
      account {
        ...AdminAccountFields
      }
    }
  }
`);
