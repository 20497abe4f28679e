import { graphql } from '../gql';

// What the staff side and the representative's workspace read alike about representatives: who
// supervises an item and how they scored it (领办督办), a proposed question (代表出题) and the 履职
// figures. Each side adds its own fields around these.

/** An item's supervisors and their scores. */
graphql(`
  fragment FollowUpSupervisionFields on FollowUp {
    id
    status
    supervisors {
      id
      name
      district
    }
    representativeScores {
      representativeName
      score
      note
      handlingRound
      at
    }
  }
`);

/** A proposed question and where it stands. */
graphql(`
  fragment QuestionProposalFields on QuestionProposal {
    id
    sessionId
    title
    body
    respondent
    departmentId
    status
    declineReason
    questionId
    createdAt
  }
`);

/** One representative's 履职 figures for a period. */
graphql(`
  fragment ParticipationFields on Participation {
    representative {
      id
      name
      district
    }
    cluesReceived
    cluesAnswered
    cluesDispatched
    itemsSupervised
    scoresGiven
    studioVotes
    sessionsAttended
  }
`);
