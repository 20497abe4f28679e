import { graphql } from '../../gql';

// The public clue pages' operations. They are sent as text over fetch (see useClueDevice.ts),
// with the x-public-device header: no urql on these pages.

export const PublicClueRegisterDeviceDocument = graphql(`
  mutation PublicClueRegisterDevice {
    registerDevice
  }
`);

/** A session's call for clues: open or not, and its window. */
export const PublicClueCallFields = graphql(`
  fragment PublicClueCallFields on ClueCall {
    open
    opensAt
    closesAt
    session {
      id
      title
      theme
      scheduledAt
      kind
    }
  }
`);

export const PublicClueCallDocument = graphql(`
  query PublicClueCall($sessionId: ID!) {
    clueCall(sessionId: $sessionId) {
      ...PublicClueCallFields
    }
  }
`);

export const PublicClueCallsDocument = graphql(`
  query PublicClueCalls {
    clueCalls {
      ...PublicClueCallFields
    }
  }
`);

/** The categories offered for a new clue, in their order. */
export const PublicClueCategoriesDocument = graphql(`
  query PublicClueCategories {
    clueCategories {
      code
      name
      nameEn
    }
  }
`);

export const PublicSubmitClueDocument = graphql(`
  mutation PublicSubmitClue($input: SubmitClueInput!) {
    submitClue(input: $input) {
      id
      trackingCode
    }
  }
`);

export const PublicTrackClueDocument = graphql(`
  query PublicTrackClue($code: String!) {
    trackClue(code: $code) {
      trackingCode
      title
      category
      categoryName
      categoryNameEn
      status
      published
      supportCount
      submittedAt
      session {
        id
        title
        theme
      }
      publicReply
      replyBy
      rejectReason
      rejectNote
      departmentName
      mergedInto {
        id
        title
        status
      }
      question {
        title
        phase
        departmentName
        respondent
        result {
          outcome
          composite
        }
      }
      timeline {
        action
        at
        note
        by
      }
      followUps {
        id
        title
        status
        deadline
        departmentName
        progress
        overdue
      }
      verdict
      verdictComment
      verdictAt
      verdictOpen
    }
  }
`);

/** 已解决 / 未解决, given with the tracking code; the answer refreshes what the page shows of it. */
export const PublicClueVerdictDocument = graphql(`
  mutation PublicClueVerdict($input: ClueVerdictInput!) {
    giveClueVerdict(input: $input) {
      timeline {
        action
        at
        note
        by
      }
      verdict
      verdictComment
      verdictAt
      verdictOpen
    }
  }
`);

export const PublicCluesDocument = graphql(`
  query PublicClues($first: Int!, $after: String, $search: String, $sessionId: ID, $orderBy: PublicClueOrder!) {
    publicClues(first: $first, after: $after, search: $search, sessionId: $sessionId, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        description
        category
        categoryName
        categoryNameEn
        location
        status
        supportCount
        supportedByMe
        publicReply
        createdAt
        session {
          id
          theme
        }
        photos {
          id
          url
          width
          height
        }
      }
    }
  }
`);

export const PublicSupportClueDocument = graphql(`
  mutation PublicSupportClue($clueId: ID!) {
    supportClue(clueId: $clueId) {
      clueId
      supportCount
    }
  }
`);

export const PublicClueStatsDocument = graphql(`
  query PublicClueStats($sessionId: ID) {
    clueStats(sessionId: $sessionId) {
      received
      pending
      accepted
      merged
      rejected
      referred
      published
      rejectReasons {
        reason
        count
      }
    }
  }
`);

export const PublicClueSessionsDocument = graphql(`
  query PublicClueSessions {
    sessions(first: 50) {
      nodes {
        id
        title
        theme
        status
        scheduledAt
      }
    }
  }
`);

/** 代表码: a representative's public profile (NOT_FOUND for an unknown code; an inactive one has active=false). */
export const PublicRepresentativeDocument = graphql(`
  query PublicRepresentative($code: String!) {
    publicRepresentative(code: $code) {
      name
      district
      station
      bio
      photoUrl
      code
      active
      cluesReceived
      cluesAnswered
      reviews {
        sessionId
        sessionTitle
        title
        publishedAt
        outcome
        satisfactionRate
      }
    }
  }
`);
