import { graphql } from '../gql';

// 交办函, 督办函, 催办函 and 情况通报 of an item, and the issuing body and 文号 prefixes of the settings page.

export const FollowUpDocumentsDocument = graphql(`
  query FollowUpDocuments($followUpId: ID!) {
    followUpDocuments(followUpId: $followUpId) {
      id
      kind
      number
      issuedOn
      handlingRound
      reason
      downloadUrl
      issuedBy
    }
  }
`);

export const IssueFollowUpDocumentDocument = graphql(`
  mutation IssueFollowUpDocument($input: IssueFollowUpDocumentInput!) {
    issueFollowUpDocument(input: $input) {
      id
      number
    }
  }
`);

export const FollowUpDocumentSettingsDocument = graphql(`
  query FollowUpDocumentSettings {
    followUpDocumentSettings {
      issuer
      assignPrefix
      supervisePrefix
      urgePrefix
      noticePrefix
    }
  }
`);

export const SetFollowUpDocumentSettingsDocument = graphql(`
  mutation SetFollowUpDocumentSettings($input: FollowUpDocumentSettingsInput!) {
    setFollowUpDocumentSettings(input: $input) {
      issuer
      assignPrefix
      supervisePrefix
      urgePrefix
      noticePrefix
    }
  }
`);
