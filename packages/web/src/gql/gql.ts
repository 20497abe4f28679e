/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminCreateAccountDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.DirectoryChangedDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminCreateAccountDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.DirectoryChangedDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;