import { graphql } from '../../gql';

export const PreLiveCheckDocument = graphql(`
  query HostPreLiveCheck($sessionId: ID!) {
    preLiveCheck(sessionId: $sessionId) {
      code
      blocker
      message
    }
  }
`);

export const ConnectedPhonesDocument = graphql(`
  query HostConnectedPhones($sessionId: ID!) {
    connectedPhones(sessionId: $sessionId)
  }
`);

export const AddressVolumesDocument = graphql(`
  query HostAddressVolumes($sessionId: ID!) {
    addressVolumes(sessionId: $sessionId) {
      joinFlagLevel
      ballotFlagLevel
      flaggedCount
      addresses {
        address
        joins
        ballots
        topRoundBallots
        flagged
      }
    }
  }
`);

export const LiveStateDocument = graphql(`
  subscription HostLiveState($sessionId: ID!) {
    liveStateChanged(sessionId: $sessionId) {
      version
      status
    }
  }
`);

export const StartSessionDocument = graphql(`
  mutation HostStartSession($input: StartSessionInput!) {
    startSession(input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const AskQuestionDocument = graphql(`
  mutation HostAskQuestion($id: ID!) {
    askQuestion(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const StartAnswerDocument = graphql(`
  mutation HostStartAnswer($id: ID!) {
    startAnswer(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const UndoQuestionDocument = graphql(`
  mutation HostUndoQuestion($id: ID!) {
    undoQuestion(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const OpenVotingDocument = graphql(`
  mutation HostOpenVoting($id: ID!) {
    openVoting(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const CloseVotingDocument = graphql(`
  mutation HostCloseVoting($id: ID!) {
    closeVoting(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const ExtendVotingDocument = graphql(`
  mutation HostExtendVoting($input: ExtendVotingInput!) {
    extendVoting(input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const RevealResultDocument = graphql(`
  mutation HostRevealResult($id: ID!) {
    revealResult(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const EndSessionDocument = graphql(`
  mutation HostEndSession($id: ID!) {
    endSession(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const ResetRehearsalDocument = graphql(`
  mutation HostResetRehearsal($id: ID!) {
    resetRehearsal(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const ServerTimeDocument = graphql(`
  query ServerTime {
    serverTime
  }
`);

export const HostRoundTallyDocument = graphql(`
  subscription HostRoundTally($roundId: ID!) {
    roundTallyChanged(roundId: $roundId) {
      roundId
      sequence
      studioVoted
      onlineVoted
      studioElectorate
      result {
        ...RoundResultFields
      }
    }
  }
`);

/** 网络互动 on the console: whether the session takes messages now, and the top approved ones. */
export const HostMessageSettingsDocument = graphql(`
  query HostMessageSettings($id: ID!) {
    session(id: $id) {
      id
      messageSettings {
        enabled
      }
    }
  }
`);

export const HostMessagesDocument = graphql(`
  query HostMessages($sessionId: ID!) {
    hostMessages(sessionId: $sessionId) {
      id
      questionId
      questionTitle
      body
      senderName
      pinned
      upvotes
      createdAt
      putToRespondentAt
    }
  }
`);

/** Says when the approved list changed (the console then reads its own list again). */
export const HostMessageWallChangedDocument = graphql(`
  subscription HostMessageWallChanged($sessionId: ID!) {
    messageWallChanged(sessionId: $sessionId) {
      sessionId
      enabled
      approvedCount
    }
  }
`);

export const HostSetMessagesEnabledDocument = graphql(`
  mutation HostSetMessagesEnabled($sessionId: ID!, $enabled: Boolean!) {
    setMessageSettings(sessionId: $sessionId, input: { enabled: $enabled }) {
      enabled
    }
  }
`);

export const HostPutMessageDocument = graphql(`
  mutation HostPutMessage($id: ID!) {
    putMessageToRespondent(id: $id) {
      id
      putToRespondentAt
    }
  }
`);

export const LiveHealthDocument = graphql(`
  query HostLiveHealth($sessionId: ID!) {
    liveHealth(sessionId: $sessionId) {
      windowSeconds
      webSocketClients
      workers {
        worker
        clients
      }
      votesPerSecond
      ackP50Seconds
      ackP99Seconds
      fanOutP50Seconds
      fanOutP99Seconds
      intakeQueueDepth
      databaseUp
      redisUp
    }
  }
`);
