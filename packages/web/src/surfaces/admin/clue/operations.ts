import { graphql } from '../../../gql';

graphql(`
  fragment AdminClueFields on Clue {
    id
    trackingCode
    hotlineOrderNo
    hotlineReceivedAt
    session {
      id
      title
    }
    title
    description
    category
    categoryName
    categoryNameEn
    location
    latitude
    longitude
    anonymous
    submitterName
    phoneMasked
    status
    published
    questionId
    questionTitle
    mergedInto {
      id
      title
      status
    }
    department {
      id
      name
      shortName
    }
    rejectReason
    rejectNote
    publicReply
    repliedAt
    representative {
      id
      name
      district
    }
    forwardedAt
    forwardNote
    decidedAt
    undoUntil
    followUpId
    verdict
    verdictComment
    verdictAt
    notices {
      event
      delivery
      createdAt
      sentAt
      error
    }
    supportCount
    photos {
      id
      url
      width
      height
    }
    createdAt
  }
`);

export const CluesDocument = graphql(`
  query AdminClues($first: Int!, $after: String, $filter: ClueFilter) {
    clues(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AdminClueFields
      }
    }
  }
`);

export const ClueSubmittedDocument = graphql(`
  subscription AdminClueSubmitted {
    clueSubmitted {
      ...AdminClueFields
    }
  }
`);

export const ClueStatsDocument = graphql(`
  query AdminClueStats($sessionId: ID) {
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
      categories {
        category
        categoryName
        categoryNameEn
        count
      }
    }
  }
`);

export const ClueSessionsDocument = graphql(`
  query AdminClueSessions($first: Int!) {
    sessions(first: $first) {
      nodes {
        id
        title
        status
        kind
        scheduledAt
      }
    }
  }
`);

export const ClueDocument = graphql(`
  query AdminClue($id: ID!) {
    clue(id: $id) {
      ...AdminClueFields
    }
  }
`);

export const ClueDuplicatesDocument = graphql(`
  query AdminClueDuplicates($clueId: ID!) {
    clueDuplicates(clueId: $clueId) {
      reasons {
        kind
        score
      }
      clue {
        ...AdminClueFields
      }
    }
  }
`);

export const RevealPhoneDocument = graphql(`
  mutation AdminRevealCluePhone($clueId: ID!) {
    revealCluePhone(clueId: $clueId)
  }
`);

export const AcceptClueDocument = graphql(`
  mutation AdminAcceptClue($input: AcceptClueInput!) {
    acceptClue(input: $input) {
      ...AdminClueFields
    }
  }
`);

export const MergeClueDocument = graphql(`
  mutation AdminMergeClue($clueId: ID!, $intoId: ID!) {
    mergeClue(clueId: $clueId, intoId: $intoId) {
      ...AdminClueFields
    }
  }
`);

/** Takes back a rejection or merge within the undo window. */
export const UndoClueDecisionDocument = graphql(`
  mutation AdminUndoClueDecision($clueId: ID!) {
    undoClueDecision(clueId: $clueId) {
      ...AdminClueFields
    }
  }
`);

/** A follow-up item (督办事项) from a referred clue, for the department it was referred to. */
export const FollowUpFromClueDocument = graphql(`
  mutation AdminFollowUpFromClue($input: FollowUpFromClueInput!) {
    createFollowUpFromClue(input: $input) {
      id
    }
  }
`);

export const RejectClueDocument = graphql(`
  mutation AdminRejectClue($input: RejectClueInput!) {
    rejectClue(input: $input) {
      ...AdminClueFields
    }
  }
`);

export const ReferClueDocument = graphql(`
  mutation AdminReferClue($input: ReferClueInput!) {
    referClue(input: $input) {
      ...AdminClueFields
    }
  }
`);

export const PublishClueDocument = graphql(`
  mutation AdminSetCluePublished($clueId: ID!, $published: Boolean!) {
    setCluePublished(clueId: $clueId, published: $published) {
      ...AdminClueFields
    }
  }
`);

export const ReplyToClueDocument = graphql(`
  mutation AdminReplyToClue($input: ReplyToClueInput!) {
    replyToClue(input: $input) {
      ...AdminClueFields
    }
  }
`);

/** 改派代表: the representative a clue is addressed to (null: none). */
export const ReassignClueRepresentativeDocument = graphql(`
  mutation AdminReassignClueRepresentative($clueId: ID!, $representativeId: ID) {
    reassignClueRepresentative(clueId: $clueId, representativeId: $representativeId) {
      ...AdminClueFields
    }
  }
`);

export const SessionQuestionsDocument = graphql(`
  query AdminClueSessionQuestions($id: ID!) {
    session(id: $id) {
      id
      status
      questions {
        id
        position
        title
        phase
        department {
          id
          name
        }
      }
    }
  }
`);

graphql(`
  fragment AdminClueCallFields on ClueCall {
    opensAt
    closesAt
    open
  }
`);

export const ClueCallDocument = graphql(`
  query AdminClueCall($sessionId: ID!) {
    clueCall(sessionId: $sessionId) {
      ...AdminClueCallFields
    }
  }
`);

export const SetClueCallDocument = graphql(`
  mutation AdminSetClueCall($input: ClueCallInput!) {
    setClueCall(input: $input) {
      ...AdminClueCallFields
    }
  }
`);

// ─── Clue categories (线索分类), kept by staff ───

graphql(`
  fragment AdminClueCategoryFields on ClueCategory {
    code
    name
    nameEn
    position
    active
  }
`);

/** Every category, retired ones included: the board filters by them and the settings page keeps them. */
export const ClueCategoriesDocument = graphql(`
  query AdminClueCategories {
    clueCategories(includeRetired: true) {
      ...AdminClueCategoryFields
    }
  }
`);

export const CreateClueCategoryDocument = graphql(`
  mutation AdminCreateClueCategory($input: CreateClueCategoryInput!) {
    createClueCategory(input: $input) {
      ...AdminClueCategoryFields
    }
  }
`);

export const UpdateClueCategoryDocument = graphql(`
  mutation AdminUpdateClueCategory($input: UpdateClueCategoryInput!) {
    updateClueCategory(input: $input) {
      ...AdminClueCategoryFields
    }
  }
`);
