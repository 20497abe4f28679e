import { graphql } from '../../gql';

export const AuditEntriesDocument = graphql(`
  query SecurityAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        at
        actorId
        actorUsername
        actorName
        action
        subjectType
        subjectId
        detail
        chainSeq
        hash
      }
    }
  }
`);

export const AuditChainStatusDocument = graphql(`
  query SecurityAuditChainStatus {
    auditChainStatus {
      sealed
      unsealed
      firstSeq
      intact
      broken {
        chainSeq
        entryId
        reason
      }
    }
  }
`);
