import { graphql } from '../../../gql';

// 网络互动 in the admin pages: the sensitive-word list, and a session's message settings.

export const AdminSensitiveWordsDocument = graphql(`
  query AdminSensitiveWords($first: Int!, $after: String, $search: String) {
    sensitiveWords(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        word
        createdAt
      }
    }
  }
`);

export const AdminAddSensitiveWordsDocument = graphql(`
  mutation AdminAddSensitiveWords($words: [String!]!) {
    addSensitiveWords(words: $words)
  }
`);

export const AdminRemoveSensitiveWordDocument = graphql(`
  mutation AdminRemoveSensitiveWord($id: ID!) {
    removeSensitiveWord(id: $id)
  }
`);

export const AdminMessageSettingsDocument = graphql(`
  query AdminMessageSettings($id: ID!) {
    session(id: $id) {
      id
      messageSettings {
        enabled
        keepBlocked
        published
      }
    }
  }
`);

export const AdminSetMessageSettingsDocument = graphql(`
  mutation AdminSetMessageSettings($sessionId: ID!, $input: MessageSettingsInput!) {
    setMessageSettings(sessionId: $sessionId, input: $input) {
      enabled
      keepBlocked
      published
    }
  }
`);
