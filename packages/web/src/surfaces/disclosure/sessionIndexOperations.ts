import { graphql } from '../../gql';

// The results index's one query, sent as text over fetch (a light page: no urql). The page size is
// a variable: the server's cost limit multiplies a literal `first`, not a variable.

export const PublicSessionIndexDocument = graphql(`
  query PublicSessionIndex($first: Int!, $after: String, $search: String) {
    sessions(first: $first, after: $after, search: $search) {
      nodes {
        id
        title
        theme
        scheduledAt
        status
        kind
        joinCode
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
