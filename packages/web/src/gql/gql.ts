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
    "\n  fragment RoundResultFields on RoundResultType {\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n  }\n": typeof types.RoundResultFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": typeof types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.SessionDetailDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminCreateAccountDocument,
    "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n": typeof types.HostConnectedPhonesDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.DirectoryChangedDocument,
    "\n  subscription HostLiveState($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      version\n      status\n    }\n  }\n": typeof types.HostLiveStateDocument,
    "\n  mutation HostStartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostStartSessionDocument,
    "\n  mutation HostAskQuestion($id: ID!) {\n    askQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostAskQuestionDocument,
    "\n  mutation HostStartAnswer($id: ID!) {\n    startAnswer(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostStartAnswerDocument,
    "\n  mutation HostUndoQuestion($id: ID!) {\n    undoQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostUndoQuestionDocument,
    "\n  mutation HostOpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostOpenVotingDocument,
    "\n  mutation HostCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostCloseVotingDocument,
    "\n  mutation HostExtendVoting($input: ExtendVotingInput!) {\n    extendVoting(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostExtendVotingDocument,
    "\n  mutation HostRevealResult($id: ID!) {\n    revealResult(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostRevealResultDocument,
    "\n  mutation HostEndSession($id: ID!) {\n    endSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostEndSessionDocument,
    "\n  mutation HostResetRehearsal($id: ID!) {\n    resetRehearsal(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.HostResetRehearsalDocument,
    "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n": typeof types.HostRoundTallyDocument,
    "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminAddQuestionDocument,
    "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminUpdateQuestionDocument,
    "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminRemoveQuestionDocument,
    "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminReorderQuestionsDocument,
    "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    claimed\n  }\n": typeof types.SeatCodeFieldsFragmentDoc,
    "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n": typeof types.AdminSeatCodesDocument,
    "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      ...SeatCodeFields\n    }\n  }\n": typeof types.AdminIssueSeatCodesDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminCreateSessionDocument,
    "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminUpdateSessionDocument,
    "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.AdminPublishSessionDocument,
    "\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n": typeof types.SessionListFieldsFragmentDoc,
    "\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n": typeof types.SessionListDocument,
    "\n  fragment LiveRoundResultFields on RoundResultType {\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n  }\n": typeof types.LiveRoundResultFieldsFragmentDoc,
    "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      department {\n        shortName\n        name\n      }\n      phase\n      clipUrl\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n": typeof types.LiveStateFieldsFragmentDoc,
    "\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": typeof types.LiveStateChangedDocument,
    "\n  query LiveServerTime {\n    serverTime\n  }\n": typeof types.LiveServerTimeDocument,
    "\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n": typeof types.LiveRoundTallyFieldsFragmentDoc,
    "\n  query ScreenSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScreenSessionDocument,
    "\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": typeof types.ScreenSessionsDocument,
    "\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n": typeof types.ScreenRoundTallyChangedDocument,
    "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n": typeof types.VoteJoinSessionDocument,
    "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": typeof types.VoteClaimSeatDocument,
    "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      replayed\n    }\n  }\n": typeof types.VoteCastVoteDocument,
    "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": typeof types.VoteLiveStateDocument,
};
const documents: Documents = {
    "\n  fragment RoundResultFields on RoundResultType {\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n  }\n": types.RoundResultFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.SessionDetailDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminCreateAccountDocument,
    "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n": types.HostConnectedPhonesDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.DirectoryChangedDocument,
    "\n  subscription HostLiveState($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      version\n      status\n    }\n  }\n": types.HostLiveStateDocument,
    "\n  mutation HostStartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostStartSessionDocument,
    "\n  mutation HostAskQuestion($id: ID!) {\n    askQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostAskQuestionDocument,
    "\n  mutation HostStartAnswer($id: ID!) {\n    startAnswer(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostStartAnswerDocument,
    "\n  mutation HostUndoQuestion($id: ID!) {\n    undoQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostUndoQuestionDocument,
    "\n  mutation HostOpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostOpenVotingDocument,
    "\n  mutation HostCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostCloseVotingDocument,
    "\n  mutation HostExtendVoting($input: ExtendVotingInput!) {\n    extendVoting(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostExtendVotingDocument,
    "\n  mutation HostRevealResult($id: ID!) {\n    revealResult(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostRevealResultDocument,
    "\n  mutation HostEndSession($id: ID!) {\n    endSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostEndSessionDocument,
    "\n  mutation HostResetRehearsal($id: ID!) {\n    resetRehearsal(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.HostResetRehearsalDocument,
    "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n": types.HostRoundTallyDocument,
    "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminAddQuestionDocument,
    "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminUpdateQuestionDocument,
    "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminRemoveQuestionDocument,
    "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminReorderQuestionsDocument,
    "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    claimed\n  }\n": types.SeatCodeFieldsFragmentDoc,
    "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n": types.AdminSeatCodesDocument,
    "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      ...SeatCodeFields\n    }\n  }\n": types.AdminIssueSeatCodesDocument,
    "\n  query ServerTime {\n    serverTime\n  }\n": types.ServerTimeDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      department {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        department {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminCreateSessionDocument,
    "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminUpdateSessionDocument,
    "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.AdminPublishSessionDocument,
    "\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n": types.SessionListFieldsFragmentDoc,
    "\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n": types.SessionListDocument,
    "\n  fragment LiveRoundResultFields on RoundResultType {\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n  }\n": types.LiveRoundResultFieldsFragmentDoc,
    "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      department {\n        shortName\n        name\n      }\n      phase\n      clipUrl\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n": types.LiveStateFieldsFragmentDoc,
    "\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": types.LiveStateChangedDocument,
    "\n  query LiveServerTime {\n    serverTime\n  }\n": types.LiveServerTimeDocument,
    "\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n": types.LiveRoundTallyFieldsFragmentDoc,
    "\n  query ScreenSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n": types.ScreenSessionDocument,
    "\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": types.ScreenSessionsDocument,
    "\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n": types.ScreenRoundTallyChangedDocument,
    "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n": types.VoteJoinSessionDocument,
    "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": types.VoteClaimSeatDocument,
    "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      replayed\n    }\n  }\n": types.VoteCastVoteDocument,
    "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": types.VoteLiveStateDocument,
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
export function graphql(source: "\n  fragment RoundResultFields on RoundResultType {\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n  }\n"): (typeof documents)["\n  fragment RoundResultFields on RoundResultType {\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n"];
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
export function graphql(source: "\n  subscription HostLiveState($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription HostLiveState($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostStartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostStartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostAskQuestion($id: ID!) {\n    askQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostAskQuestion($id: ID!) {\n    askQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostStartAnswer($id: ID!) {\n    startAnswer(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostStartAnswer($id: ID!) {\n    startAnswer(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostUndoQuestion($id: ID!) {\n    undoQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostUndoQuestion($id: ID!) {\n    undoQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostOpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostOpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostExtendVoting($input: ExtendVotingInput!) {\n    extendVoting(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostExtendVoting($input: ExtendVotingInput!) {\n    extendVoting(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostRevealResult($id: ID!) {\n    revealResult(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostRevealResult($id: ID!) {\n    revealResult(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostEndSession($id: ID!) {\n    endSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostEndSession($id: ID!) {\n    endSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostResetRehearsal($id: ID!) {\n    resetRehearsal(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation HostResetRehearsal($id: ID!) {\n    resetRehearsal(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    claimed\n  }\n"): (typeof documents)["\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    claimed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n"): (typeof documents)["\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      ...SeatCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      ...SeatCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  query ServerTime {\n    serverTime\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveRoundResultFields on RoundResultType {\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n  }\n"): (typeof documents)["\n  fragment LiveRoundResultFields on RoundResultType {\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      department {\n        shortName\n        name\n      }\n      phase\n      clipUrl\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      department {\n        shortName\n        name\n      }\n      phase\n      clipUrl\n      round {\n        id\n        status\n        studioOpensAt\n        studioClosesAt\n        onlineOpensAt\n        onlineClosesAt\n        resultsHidden\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"): (typeof documents)["\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  query LiveServerTime {\n    serverTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n"): (typeof documents)["\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreenSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n"): (typeof documents)["\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      replayed\n    }\n  }\n"): (typeof documents)["\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      replayed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"): (typeof documents)["\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;