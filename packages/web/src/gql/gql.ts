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
    "\n  fragment SessionAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    mustChangePassword\n    passwordChangedAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.SessionAccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccountFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Committees($includeInactive: Boolean!) {\n    committees(includeInactive: $includeInactive) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": typeof types.CreateCommitteeDocument,
    "\n  mutation UpdateCommittee($input: UpdateCommitteeInput!) {\n    updateCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": typeof types.UpdateCommitteeDocument,
    "\n  mutation SetFollowUpCommittee($input: SetFollowUpCommitteeInput!) {\n    setFollowUpCommittee(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.SetFollowUpCommitteeDocument,
    "\n  query MyCommittee {\n    me {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.MyCommitteeDocument,
    "\n  mutation SetAccountCommittee($id: ID!, $committeeId: ID) {\n    setAccountCommittee(id: $id, committeeId: $committeeId) {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.SetAccountCommitteeDocument,
    "\n  mutation UrgeFollowUp($input: UrgeFollowUpInput!) {\n    urgeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.UrgeFollowUpDocument,
    "\n  mutation ChangeFollowUpDeadline($input: ChangeDeadlineInput!) {\n    changeFollowUpDeadline(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.ChangeFollowUpDeadlineDocument,
    "\n  mutation RequestFollowUpExtension($input: RequestExtensionInput!) {\n    requestFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.RequestFollowUpExtensionDocument,
    "\n  mutation DecideFollowUpExtension($input: DecideExtensionInput!) {\n    decideFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.DecideFollowUpExtensionDocument,
    "\n  fragment DeadlineSettingsFields on DeadlineSettings {\n    defaults {\n      kind\n      workingDays\n    }\n    ladder {\n      days\n      level\n    }\n    overrides {\n      date\n      working\n      note\n    }\n    officialCalendarThrough\n    progressReview\n  }\n": typeof types.DeadlineSettingsFieldsFragmentDoc,
    "\n  query DeadlineSettings {\n    deadlineSettings {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.DeadlineSettingsDocument,
    "\n  mutation SetDeadlineDefault($input: DeadlineDefaultInput!) {\n    setDeadlineDefault(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.SetDeadlineDefaultDocument,
    "\n  mutation SetEscalationLadder($input: EscalationLadderInput!) {\n    setEscalationLadder(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.SetEscalationLadderDocument,
    "\n  mutation SetHolidayOverride($input: HolidayOverrideInput!) {\n    setHolidayOverride(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.SetHolidayOverrideDocument,
    "\n  mutation RemoveHolidayOverride($date: String!) {\n    removeHolidayOverride(date: $date) {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.RemoveHolidayOverrideDocument,
    "\n  query FollowUpDocuments($followUpId: ID!) {\n    followUpDocuments(followUpId: $followUpId) {\n      id\n      kind\n      number\n      issuedOn\n      handlingRound\n      reason\n      downloadUrl\n      issuedBy\n    }\n  }\n": typeof types.FollowUpDocumentsDocument,
    "\n  mutation IssueFollowUpDocument($input: IssueFollowUpDocumentInput!) {\n    issueFollowUpDocument(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.IssueFollowUpDocumentDocument,
    "\n  query FollowUpDocumentSettings {\n    followUpDocumentSettings {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n": typeof types.FollowUpDocumentSettingsDocument,
    "\n  mutation SetFollowUpDocumentSettings($input: FollowUpDocumentSettingsInput!) {\n    setFollowUpDocumentSettings(input: $input) {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n": typeof types.SetFollowUpDocumentSettingsDocument,
    "\n  fragment FollowUpDepartmentFields on Department {\n    id\n    name\n    shortName\n  }\n": typeof types.FollowUpDepartmentFieldsFragmentDoc,
    "\n  fragment FollowUpRowFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      sessionId\n      sessionTitle\n    }\n    children {\n      id\n    }\n  }\n": typeof types.FollowUpRowFieldsFragmentDoc,
    "\n  fragment FollowUpDetailFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      name\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    weight\n    returnReason\n    triggerOutcome\n    evaluationQuestionId\n    assessmentSessionId\n    overdueWorkingDays\n    escalation\n    extensionRequests {\n      id\n      status\n      reason\n      currentDeadline\n      proposedDeadline\n      decisionNote\n      decidedAt\n      createdAt\n    }\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      title\n      sessionId\n      sessionTitle\n      respondent\n    }\n    children {\n      id\n      title\n      status\n      deadline\n      overdue\n      progress\n      weight\n      readable\n      department {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      action\n      at\n      note\n      percent\n      deadline\n      handlingRound\n      actorName\n      evidence {\n        id\n        fileName\n        contentType\n        url\n      }\n      review\n      reviewNote\n      reviewerName\n      reviewedAt\n    }\n    pendingReviews\n    mediations {\n      id\n      heldOn\n      outcome\n      decision\n      handlingRound\n      participants {\n        name\n        side\n      }\n      minutes {\n        id\n        fileName\n        url\n      }\n    }\n    accountability {\n      id\n      kind\n      measure\n      officialName\n      officialPost\n      issuedBy\n      body\n      referenceNumber\n      takenOn\n      note\n      published\n    }\n  }\n": typeof types.FollowUpDetailFieldsFragmentDoc,
    "\n  fragment FollowUpPageFields on FollowUpPage {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...FollowUpRowFields\n    }\n  }\n": typeof types.FollowUpPageFieldsFragmentDoc,
    "\n  query AdminFollowUps($first: Int!, $after: String, $search: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, search: $search, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n": typeof types.AdminFollowUpsDocument,
    "\n  query DepartmentFollowUps($first: Int!, $after: String, $filter: FollowUpFilter) {\n    myFollowUps(first: $first, after: $after, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n": typeof types.DepartmentFollowUpsDocument,
    "\n  query FollowUpItem($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.FollowUpItemDocument,
    "\n  query AdminFollowUpSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AdminFollowUpSessionsDocument,
    "\n  mutation AdminEditFollowUp($input: FollowUpEditInput!) {\n    editFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminEditFollowUpDocument,
    "\n  mutation AdminSplitFollowUp($input: SplitFollowUpInput!) {\n    splitFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminSplitFollowUpDocument,
    "\n  mutation AdminDispatchFollowUps($ids: [ID!]!) {\n    dispatchFollowUps(ids: $ids) {\n      ...FollowUpRowFields\n    }\n  }\n": typeof types.AdminDispatchFollowUpsDocument,
    "\n  mutation AdminReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminReassignFollowUpDocument,
    "\n  mutation AdminInsistFollowUp($input: FollowUpReasonInput!) {\n    insistFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminInsistFollowUpDocument,
    "\n  mutation AdminApproveFollowUp($input: FollowUpReasonInput!) {\n    approveFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminApproveFollowUpDocument,
    "\n  mutation AdminSendBackFollowUp($input: FollowUpReasonInput!) {\n    sendBackFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminSendBackFollowUpDocument,
    "\n  mutation AdminCloseFollowUp($input: FollowUpReasonInput!) {\n    closeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.AdminCloseFollowUpDocument,
    "\n  mutation AdminOpenLookBack($input: OpenLookBackInput!) {\n    openLookBack(input: $input) {\n      sessionId\n      items {\n        ...FollowUpDetailFields\n      }\n    }\n  }\n": typeof types.AdminOpenLookBackDocument,
    "\n  query AdminLookBackSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      joinCode\n      status\n    }\n  }\n": typeof types.AdminLookBackSessionDocument,
    "\n  mutation DepartmentAcceptFollowUp($id: ID!) {\n    acceptFollowUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.DepartmentAcceptFollowUpDocument,
    "\n  mutation DepartmentReturnFollowUp($input: FollowUpReasonInput!) {\n    returnFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.DepartmentReturnFollowUpDocument,
    "\n  mutation DepartmentPostProgress($input: ProgressInput!) {\n    postFollowUpProgress(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.DepartmentPostProgressDocument,
    "\n  mutation DepartmentSubmitReport($input: ProgressInput!) {\n    submitFollowUpReport(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.DepartmentSubmitReportDocument,
    "\n  query FollowUpNotifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      followUpId\n      read\n      createdAt\n    }\n  }\n": typeof types.FollowUpNotificationsDocument,
    "\n  mutation MarkFollowUpNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkFollowUpNotificationsReadDocument,
    "\n  mutation SetFollowUpProgressReview($enabled: Boolean!) {\n    setFollowUpProgressReview(enabled: $enabled) {\n      ...DeadlineSettingsFields\n    }\n  }\n": typeof types.SetFollowUpProgressReviewDocument,
    "\n  mutation ReviewFollowUpText($input: ReviewFollowUpTextInput!) {\n    reviewFollowUpText(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.ReviewFollowUpTextDocument,
    "\n  mutation RecordFollowUpMediation($input: MediationInput!) {\n    recordFollowUpMediation(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.RecordFollowUpMediationDocument,
    "\n  mutation RecordAccountabilityMeasure($input: AccountabilityMeasureInput!) {\n    recordAccountabilityMeasure(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.RecordAccountabilityMeasureDocument,
    "\n  mutation RecordOversightReferral($input: OversightReferralInput!) {\n    recordOversightReferral(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.RecordOversightReferralDocument,
    "\n  mutation PublishAccountability($input: PublishAccountabilityInput!) {\n    publishAccountability(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": typeof types.PublishAccountabilityDocument,
    "\n  fragment RoundWindowFields on RoundType {\n    id\n    status\n    studioOpensAt\n    studioClosesAt\n    onlineOpensAt\n    onlineClosesAt\n    resultsHidden\n    ballotType\n    candidates\n    maxChoices\n  }\n": typeof types.RoundWindowFieldsFragmentDoc,
    "\n  fragment QuorumCheckFields on QuorumCheck {\n    studioElectorate\n    studioRule\n    studioRequired\n    studioMissed\n    onlineRequired\n    onlineMissed\n    fallback\n  }\n": typeof types.QuorumCheckFieldsFragmentDoc,
    "\n  fragment LiveRoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n": typeof types.LiveRoundResultFieldsFragmentDoc,
    "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    messagesEnabled\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n      satisfiedGrade\n      passingShare\n      onlineIdentity\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      subject\n      district\n      budget\n      department {\n        shortName\n        name\n      }\n      candidates {\n        label\n        detail\n      }\n      phase\n      clipUrl\n      round {\n        ...RoundWindowFields\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n": typeof types.LiveStateFieldsFragmentDoc,
    "\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": typeof types.LiveStateChangedDocument,
    "\n  query LiveServerTime {\n    serverTime\n  }\n": typeof types.LiveServerTimeDocument,
    "\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n": typeof types.LiveRoundTallyFieldsFragmentDoc,
    "\n  fragment WallMessageFields on WallMessage {\n    id\n    body\n    senderName\n    pinned\n    upvotes\n    putToRespondentAt\n  }\n": typeof types.WallMessageFieldsFragmentDoc,
    "\n  fragment MessageWallFields on MessageWall {\n    sessionId\n    enabled\n    approvedCount\n    messages {\n      ...WallMessageFields\n    }\n  }\n": typeof types.MessageWallFieldsFragmentDoc,
    "\n  query MessageWall($sessionId: ID!) {\n    messageWall(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n": typeof types.MessageWallDocument,
    "\n  subscription MessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n": typeof types.MessageWallChangedDocument,
    "\n  fragment FollowUpSupervisionFields on FollowUp {\n    id\n    status\n    supervisors {\n      id\n      name\n      district\n    }\n    representativeScores {\n      representativeName\n      score\n      note\n      handlingRound\n      at\n    }\n  }\n": typeof types.FollowUpSupervisionFieldsFragmentDoc,
    "\n  fragment QuestionProposalFields on QuestionProposal {\n    id\n    sessionId\n    title\n    body\n    respondent\n    departmentId\n    status\n    declineReason\n    questionId\n    createdAt\n  }\n": typeof types.QuestionProposalFieldsFragmentDoc,
    "\n  fragment ParticipationFields on Participation {\n    representative {\n      id\n      name\n      district\n    }\n    cluesReceived\n    cluesAnswered\n    cluesDispatched\n    itemsSupervised\n    scoresGiven\n    studioVotes\n    sessionsAttended\n  }\n": typeof types.ParticipationFieldsFragmentDoc,
    "\n  fragment RoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n": typeof types.RoundResultFieldsFragmentDoc,
    "\n  fragment VoteSettingsFields on VoteSettings {\n    windowSeconds\n    streamDelaySeconds\n    hideResultsUntilClosed\n    studioWeight\n    onlineWeight\n    satisfiedThreshold\n    satisfiedGrade\n    passingBase\n    passingShare\n    studioQuorum\n    minOnlineBallots\n    quorumFallback\n    onlineIdentity\n  }\n": typeof types.VoteSettingsFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    kind\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      ...VoteSettingsFields\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      subject\n      district\n      representativeId\n      budget\n      documentName\n      ballotType\n      maxChoices\n      candidates {\n        label\n        detail\n        departmentId\n      }\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        ...RoundWindowFields\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": typeof types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.SessionDetailDocument,
    "\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n": typeof types.SessionListFieldsFragmentDoc,
    "\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n": typeof types.SessionListDocument,
    "\n  fragment SignInFields on SignIn {\n    id\n    createdAt\n    expiresAt\n    ip\n    current\n  }\n": typeof types.SignInFieldsFragmentDoc,
    "\n  query MySignIns {\n    mySignIns {\n      ...SignInFields\n    }\n  }\n": typeof types.MySignInsDocument,
    "\n  query AccountSignIns($accountId: ID!) {\n    signIns(accountId: $accountId) {\n      ...SignInFields\n    }\n  }\n": typeof types.AccountSignInsDocument,
    "\n  mutation RevokeSignIn($id: ID!) {\n    revokeSignIn(id: $id)\n  }\n": typeof types.RevokeSignInDocument,
    "\n  mutation RevokeAllSignIns($accountId: ID!) {\n    revokeAllSignIns(accountId: $accountId)\n  }\n": typeof types.RevokeAllSignInsDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      ...SessionAccountFields\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      history\n      maxAgeDays\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  fragment AdminClueFields on Clue {\n    id\n    trackingCode\n    hotlineOrderNo\n    hotlineReceivedAt\n    session {\n      id\n      title\n    }\n    title\n    description\n    category\n    categoryName\n    categoryNameEn\n    location\n    latitude\n    longitude\n    anonymous\n    submitterName\n    phoneMasked\n    status\n    published\n    questionId\n    questionTitle\n    mergedInto {\n      id\n      title\n      status\n    }\n    department {\n      id\n      name\n      shortName\n    }\n    rejectReason\n    rejectNote\n    publicReply\n    repliedAt\n    representative {\n      id\n      name\n      district\n    }\n    forwardedAt\n    forwardNote\n    decidedAt\n    undoUntil\n    followUpId\n    verdict\n    verdictComment\n    verdictAt\n    notices {\n      event\n      delivery\n      createdAt\n      sentAt\n      error\n    }\n    supportCount\n    photos {\n      id\n      url\n      width\n      height\n    }\n    createdAt\n  }\n": typeof types.AdminClueFieldsFragmentDoc,
    "\n  query AdminClues($first: Int!, $after: String, $filter: ClueFilter) {\n    clues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminClueFields\n      }\n    }\n  }\n": typeof types.AdminCluesDocument,
    "\n  subscription AdminClueSubmitted {\n    clueSubmitted {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminClueSubmittedDocument,
    "\n  query AdminClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n      categories {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n    }\n  }\n": typeof types.AdminClueStatsDocument,
    "\n  query AdminClueSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        status\n        kind\n        scheduledAt\n      }\n    }\n  }\n": typeof types.AdminClueSessionsDocument,
    "\n  query AdminClue($id: ID!) {\n    clue(id: $id) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminClueDocument,
    "\n  query AdminClueDuplicates($clueId: ID!) {\n    clueDuplicates(clueId: $clueId) {\n      reasons {\n        kind\n        score\n      }\n      clue {\n        ...AdminClueFields\n      }\n    }\n  }\n": typeof types.AdminClueDuplicatesDocument,
    "\n  mutation AdminRevealCluePhone($clueId: ID!) {\n    revealCluePhone(clueId: $clueId)\n  }\n": typeof types.AdminRevealCluePhoneDocument,
    "\n  mutation AdminAcceptClue($input: AcceptClueInput!) {\n    acceptClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminAcceptClueDocument,
    "\n  mutation AdminMergeClue($clueId: ID!, $intoId: ID!) {\n    mergeClue(clueId: $clueId, intoId: $intoId) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminMergeClueDocument,
    "\n  mutation AdminUndoClueDecision($clueId: ID!) {\n    undoClueDecision(clueId: $clueId) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminUndoClueDecisionDocument,
    "\n  mutation AdminFollowUpFromClue($input: FollowUpFromClueInput!) {\n    createFollowUpFromClue(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminFollowUpFromClueDocument,
    "\n  mutation AdminRejectClue($input: RejectClueInput!) {\n    rejectClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminRejectClueDocument,
    "\n  mutation AdminReferClue($input: ReferClueInput!) {\n    referClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminReferClueDocument,
    "\n  mutation AdminSetCluePublished($clueId: ID!, $published: Boolean!) {\n    setCluePublished(clueId: $clueId, published: $published) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminSetCluePublishedDocument,
    "\n  mutation AdminReplyToClue($input: ReplyToClueInput!) {\n    replyToClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminReplyToClueDocument,
    "\n  mutation AdminReassignClueRepresentative($clueId: ID!, $representativeId: ID) {\n    reassignClueRepresentative(clueId: $clueId, representativeId: $representativeId) {\n      ...AdminClueFields\n    }\n  }\n": typeof types.AdminReassignClueRepresentativeDocument,
    "\n  query AdminClueSessionQuestions($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      questions {\n        id\n        position\n        title\n        phase\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminClueSessionQuestionsDocument,
    "\n  fragment AdminClueCallFields on ClueCall {\n    opensAt\n    closesAt\n    open\n  }\n": typeof types.AdminClueCallFieldsFragmentDoc,
    "\n  query AdminClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...AdminClueCallFields\n    }\n  }\n": typeof types.AdminClueCallDocument,
    "\n  mutation AdminSetClueCall($input: ClueCallInput!) {\n    setClueCall(input: $input) {\n      ...AdminClueCallFields\n    }\n  }\n": typeof types.AdminSetClueCallDocument,
    "\n  fragment AdminClueCategoryFields on ClueCategory {\n    code\n    name\n    nameEn\n    position\n    active\n  }\n": typeof types.AdminClueCategoryFieldsFragmentDoc,
    "\n  query AdminClueCategories {\n    clueCategories(includeRetired: true) {\n      ...AdminClueCategoryFields\n    }\n  }\n": typeof types.AdminClueCategoriesDocument,
    "\n  mutation AdminCreateClueCategory($input: CreateClueCategoryInput!) {\n    createClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n": typeof types.AdminCreateClueCategoryDocument,
    "\n  mutation AdminUpdateClueCategory($input: UpdateClueCategoryInput!) {\n    updateClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n": typeof types.AdminUpdateClueCategoryDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    deactivatedAt\n    mustChangePassword\n    lockedAt\n    department {\n      id\n      name\n      shortName\n    }\n    committee {\n      id\n      name\n    }\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminCreateAccountDocument,
    "\n  mutation AdminDeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.AdminDeactivateAccountDocument,
    "\n  mutation AdminReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.AdminReactivateAccountDocument,
    "\n  mutation AdminUnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.AdminUnlockAccountDocument,
    "\n  mutation AdminResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      temporaryPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.DirectoryChangedDocument,
    "\n  query AdminSensitiveWords($first: Int!, $after: String, $search: String) {\n    sensitiveWords(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        word\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminSensitiveWordsDocument,
    "\n  mutation AdminAddSensitiveWords($words: [String!]!) {\n    addSensitiveWords(words: $words)\n  }\n": typeof types.AdminAddSensitiveWordsDocument,
    "\n  mutation AdminRemoveSensitiveWord($id: ID!) {\n    removeSensitiveWord(id: $id)\n  }\n": typeof types.AdminRemoveSensitiveWordDocument,
    "\n  query AdminMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n        keepBlocked\n        published\n      }\n    }\n  }\n": typeof types.AdminMessageSettingsDocument,
    "\n  mutation AdminSetMessageSettings($sessionId: ID!, $input: MessageSettingsInput!) {\n    setMessageSettings(sessionId: $sessionId, input: $input) {\n      enabled\n      keepBlocked\n      published\n    }\n  }\n": typeof types.AdminSetMessageSettingsDocument,
    "\n  fragment AdminRepresentativeFields on Representative {\n    id\n    name\n    district\n    station\n    bio\n    photoUrl\n    code\n    active\n    accountId\n    accountUsername\n  }\n": typeof types.AdminRepresentativeFieldsFragmentDoc,
    "\n  query AdminRepresentatives($first: Int!, $after: String, $search: String, $active: Boolean) {\n    representatives(first: $first, after: $after, search: $search, active: $active) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminRepresentativeFields\n      }\n    }\n  }\n": typeof types.AdminRepresentativesDocument,
    "\n  query AdminRepresentative($id: ID!) {\n    representative(id: $id) {\n      ...AdminRepresentativeFields\n    }\n  }\n": typeof types.AdminRepresentativeDocument,
    "\n  query AdminRepresentativeChoices($first: Int!, $search: String, $active: Boolean) {\n    representatives(first: $first, search: $search, active: $active) {\n      nodes {\n        id\n        name\n        district\n        active\n      }\n    }\n  }\n": typeof types.AdminRepresentativeChoicesDocument,
    "\n  mutation AdminCreateRepresentative($input: RepresentativeInput!) {\n    createRepresentative(input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n": typeof types.AdminCreateRepresentativeDocument,
    "\n  mutation AdminUpdateRepresentative($id: ID!, $input: RepresentativeInput!) {\n    updateRepresentative(id: $id, input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n": typeof types.AdminUpdateRepresentativeDocument,
    "\n  mutation AdminImportRepresentatives($rows: [RepresentativeRowInput!]!) {\n    importRepresentatives(rows: $rows) {\n      created\n      updated\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.AdminImportRepresentativesDocument,
    "\n  query AdminRepresentativeAccounts($first: Int!, $search: String) {\n    accounts(first: $first, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        id\n        username\n        displayName\n        deactivatedAt\n      }\n    }\n  }\n": typeof types.AdminRepresentativeAccountsDocument,
    "\n  query AdminFollowUpSupervision($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpSupervisionFields\n    }\n  }\n": typeof types.AdminFollowUpSupervisionDocument,
    "\n  mutation AdminAssignSupervisors($followUpId: ID!, $representativeIds: [ID!]!) {\n    assignSupervisors(followUpId: $followUpId, representativeIds: $representativeIds) {\n      ...FollowUpSupervisionFields\n    }\n  }\n": typeof types.AdminAssignSupervisorsDocument,
    "\n  fragment AdminQuestionProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    representativeName\n  }\n": typeof types.AdminQuestionProposalFieldsFragmentDoc,
    "\n  query AdminQuestionProposals($sessionId: ID) {\n    questionProposals(sessionId: $sessionId) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": typeof types.AdminQuestionProposalsDocument,
    "\n  mutation AdminAcceptQuestionProposal($id: ID!) {\n    acceptQuestionProposal(id: $id) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": typeof types.AdminAcceptQuestionProposalDocument,
    "\n  mutation AdminDeclineQuestionProposal($id: ID!, $reason: String!) {\n    declineQuestionProposal(id: $id, reason: $reason) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": typeof types.AdminDeclineQuestionProposalDocument,
    "\n  query AdminParticipation($from: DateTimeISO!, $to: DateTimeISO!, $search: String) {\n    representativeParticipation(from: $from, to: $to, search: $search) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.AdminParticipationDocument,
    "\n  fragment AdminPlanItemFields on Question {\n    sourceClues {\n      id\n      title\n      supportCount\n    }\n  }\n": typeof types.AdminPlanItemFieldsFragmentDoc,
    "\n  query AdminSessionPlan($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminSessionPlanDocument,
    "\n  query AdminSessionKindProfiles {\n    sessionKindProfiles {\n      kind\n      subject\n      ballotType\n      ballotTypes\n      redoMonths\n      settings {\n        ...VoteSettingsFields\n      }\n    }\n  }\n": typeof types.AdminSessionKindProfilesDocument,
    "\n  fragment KindDefaultsFields on SessionKindProfile {\n    kind\n    subject\n    ballotTypes\n    customized\n    redoMonths\n    settings {\n      ...VoteSettingsFields\n    }\n  }\n": typeof types.KindDefaultsFieldsFragmentDoc,
    "\n  query AdminKindDefaults {\n    sessionKindProfiles {\n      ...KindDefaultsFields\n    }\n  }\n": typeof types.AdminKindDefaultsDocument,
    "\n  mutation AdminSetKindDefaults($input: SessionKindDefaultsInput!) {\n    setSessionKindDefaults(input: $input) {\n      ...KindDefaultsFields\n    }\n  }\n": typeof types.AdminSetKindDefaultsDocument,
    "\n  mutation AdminResetKindDefaults($kind: SessionKind!) {\n    resetSessionKindDefaults(kind: $kind) {\n      ...KindDefaultsFields\n    }\n  }\n": typeof types.AdminResetKindDefaultsDocument,
    "\n  fragment RollMemberFields on RollMember {\n    id\n    name\n    accountId\n    accountName\n    seatLabel\n    seatCode\n    seatClaimed\n  }\n": typeof types.RollMemberFieldsFragmentDoc,
    "\n  fragment RollRepresentativeFields on Account {\n    id\n    username\n    displayName\n  }\n": typeof types.RollRepresentativeFieldsFragmentDoc,
    "\n  query AdminStudioRoll($sessionId: ID!) {\n    studioRoll(sessionId: $sessionId) {\n      ...RollMemberFields\n    }\n  }\n": typeof types.AdminStudioRollDocument,
    "\n  mutation AdminAddToRoll($input: AddToRollInput!) {\n    addToRoll(input: $input) {\n      ...RollMemberFields\n    }\n  }\n": typeof types.AdminAddToRollDocument,
    "\n  mutation AdminRemoveFromRoll($id: ID!) {\n    removeFromRoll(id: $id)\n  }\n": typeof types.AdminRemoveFromRollDocument,
    "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      id\n      code\n      label\n      name\n      claimed\n    }\n  }\n": typeof types.AdminIssueSeatCodesDocument,
    "\n  query AdminRollRepresentatives($search: String) {\n    accounts(first: 100, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        ...RollRepresentativeFields\n      }\n    }\n  }\n": typeof types.AdminRollRepresentativesDocument,
    "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    name\n    claimed\n  }\n": typeof types.SeatCodeFieldsFragmentDoc,
    "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n": typeof types.AdminSeatCodesDocument,
    "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminCreateSessionDocument,
    "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminUpdateSessionDocument,
    "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminPublishSessionDocument,
    "\n  fragment RosterEntryFields on RosterEntry {\n    id\n    name\n    maskedPhone\n  }\n": typeof types.RosterEntryFieldsFragmentDoc,
    "\n  query AdminOnlineRoster($sessionId: ID!) {\n    onlineRoster(sessionId: $sessionId) {\n      ...RosterEntryFields\n    }\n  }\n": typeof types.AdminOnlineRosterDocument,
    "\n  mutation AdminImportOnlineRoster($input: ImportRosterInput!) {\n    importOnlineRoster(input: $input)\n  }\n": typeof types.AdminImportOnlineRosterDocument,
    "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminAddQuestionDocument,
    "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminUpdateQuestionDocument,
    "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminRemoveQuestionDocument,
    "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": typeof types.AdminReorderQuestionsDocument,
    "\n  query AdminSessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n        kind\n      }\n    }\n  }\n": typeof types.AdminSessionListDocument,
    "\n  fragment StatsChannelFields on ChannelStats {\n    total\n    satisfactionRate\n  }\n": typeof types.StatsChannelFieldsFragmentDoc,
    "\n  query StatsSessions($period: StatsPeriodInput, $first: Int!, $kind: SessionKind) {\n    sessionStats(period: $period, first: $first, kind: $kind) {\n      totalCount\n      nodes {\n        sessionId\n        title\n        kind\n        scheduledAt\n        questions\n        rounds\n        composite\n        satisfiedOutcomes\n        unsatisfiedOutcomes\n        studioTurnoutRate\n        studio {\n          ...StatsChannelFields\n        }\n        online {\n          ...StatsChannelFields\n        }\n      }\n    }\n    sessionKindStats(period: $period) {\n      kind\n      sessions\n      items\n      rounds\n      composite\n      byOutcome {\n        outcome\n        count\n      }\n    }\n    yearStats(period: $period, kind: $kind) {\n      year\n      sessions\n      rounds\n      composite\n      studio {\n        ...StatsChannelFields\n      }\n      online {\n        ...StatsChannelFields\n      }\n    }\n  }\n": typeof types.StatsSessionsDocument,
    "\n  query StatsDepartments($period: StatsPeriodInput, $first: Int!) {\n    departmentStats(period: $period, first: $first) {\n      nodes {\n        departmentId\n        shortName\n        rounds\n        composite\n        followUp {\n          items\n          due\n          onTimeRate\n          overdue\n          reopened\n        }\n      }\n    }\n    departmentLeague(period: $period) {\n      formula\n      formulaZh\n      weights {\n        satisfaction\n        onTime\n        notReopened\n      }\n      rows {\n        rank\n        departmentId\n        name\n        score\n        satisfaction\n        onTimeRate\n        notReopenedRate\n        questions\n        items\n        due\n        reopened\n        answerRate\n        resolveRate\n      }\n    }\n  }\n": typeof types.StatsDepartmentsDocument,
    "\n  query StatsFollowUpsAndClues($period: StatsPeriodInput) {\n    followUpStats(period: $period) {\n      items\n      due\n      onTime\n      onTimeRate\n      overdue\n      reopened\n      reopenedShare\n      closed\n      answered\n      answerRate\n      judged\n      resolved\n      resolveRate\n      byStatus {\n        status\n        count\n      }\n    }\n    clueVolumes(period: $period) {\n      total\n      byCategory {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n      byOutcome {\n        status\n        count\n      }\n    }\n  }\n": typeof types.StatsFollowUpsAndCluesDocument,
    "\n  query PublicSessionDisclosure($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      settings {\n        onlineIdentity\n      }\n    }\n    sessionDisclosure(sessionId: $sessionId) {\n      sessionId\n      title\n      theme\n      kind\n      scheduledAt\n      questions {\n        id\n        position\n        title\n        subject\n        departmentName\n        respondent\n        district\n        budget\n        ballotType\n        result {\n          ...DisclosureResultFields\n        }\n        followUps {\n          id\n          title\n          commitment\n          deadline\n          status\n          overdue\n          departmentName\n          progress\n          handlingRound\n          lookBackResult {\n            ...DisclosureResultFields\n          }\n          accountability {\n            kind\n            measure\n            body\n            takenOn\n            officialName\n            officialPost\n            issuedBy\n            referenceNumber\n          }\n          timeline {\n            id\n            action\n            at\n            note\n            percent\n            deadline\n            handlingRound\n            evidence {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicSessionDisclosureDocument,
    "\n  fragment DisclosureResultFields on RoundResultType {\n    ...LiveRoundResultFields\n  }\n": typeof types.DisclosureResultFieldsFragmentDoc,
    "\n  query PublicSessionIndex($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        title\n        theme\n        scheduledAt\n        status\n        kind\n        joinCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PublicSessionIndexDocument,
    "\n  query PublicPublishedMessages($sessionId: ID!) {\n    publishedMessages(sessionId: $sessionId) {\n      id\n      body\n      senderName\n      upvotes\n      approvedAt\n      putToRespondentAt\n    }\n  }\n": typeof types.PublicPublishedMessagesDocument,
    "\n  query HostPreLiveCheck($sessionId: ID!) {\n    preLiveCheck(sessionId: $sessionId) {\n      code\n      blocker\n      message\n    }\n  }\n": typeof types.HostPreLiveCheckDocument,
    "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n": typeof types.HostConnectedPhonesDocument,
    "\n  query HostAddressVolumes($sessionId: ID!) {\n    addressVolumes(sessionId: $sessionId) {\n      joinFlagLevel\n      ballotFlagLevel\n      flaggedCount\n      addresses {\n        address\n        joins\n        ballots\n        topRoundBallots\n        flagged\n      }\n    }\n  }\n": typeof types.HostAddressVolumesDocument,
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
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n": typeof types.HostRoundTallyDocument,
    "\n  query HostMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n      }\n    }\n  }\n": typeof types.HostMessageSettingsDocument,
    "\n  query HostMessages($sessionId: ID!) {\n    hostMessages(sessionId: $sessionId) {\n      id\n      questionId\n      questionTitle\n      body\n      senderName\n      pinned\n      upvotes\n      createdAt\n      putToRespondentAt\n    }\n  }\n": typeof types.HostMessagesDocument,
    "\n  subscription HostMessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      sessionId\n      enabled\n      approvedCount\n    }\n  }\n": typeof types.HostMessageWallChangedDocument,
    "\n  mutation HostSetMessagesEnabled($sessionId: ID!, $enabled: Boolean!) {\n    setMessageSettings(sessionId: $sessionId, input: { enabled: $enabled }) {\n      enabled\n    }\n  }\n": typeof types.HostSetMessagesEnabledDocument,
    "\n  mutation HostPutMessage($id: ID!) {\n    putMessageToRespondent(id: $id) {\n      id\n      putToRespondentAt\n    }\n  }\n": typeof types.HostPutMessageDocument,
    "\n  query HostLiveHealth($sessionId: ID!) {\n    liveHealth(sessionId: $sessionId) {\n      windowSeconds\n      webSocketClients\n      workers {\n        worker\n        clients\n      }\n      votesPerSecond\n      ackP50Seconds\n      ackP99Seconds\n      fanOutP50Seconds\n      fanOutP99Seconds\n      intakeQueueDepth\n      databaseUp\n      redisUp\n    }\n  }\n": typeof types.HostLiveHealthDocument,
    "\n  fragment ModerationMessageFields on AudienceMessage {\n    id\n    sessionId\n    questionId\n    questionTitle\n    body\n    senderName\n    status\n    rejectReason\n    blockedWords\n    pinned\n    upvotes\n    createdAt\n    moderatedAt\n    waitedSeconds\n    putToRespondentAt\n  }\n": typeof types.ModerationMessageFieldsFragmentDoc,
    "\n  query ModerateSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      messageSettings {\n        enabled\n        keepBlocked\n      }\n    }\n  }\n": typeof types.ModerateSessionDocument,
    "\n  query ModerationQueue($sessionId: ID!, $status: MessageStatus!, $first: Int!, $after: String, $search: String) {\n    moderationQueue(sessionId: $sessionId, status: $status, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ModerationMessageFields\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  subscription ModerationQueueChanged($sessionId: ID!) {\n    moderationQueueChanged(sessionId: $sessionId) {\n      messages {\n        ...ModerationMessageFields\n      }\n    }\n  }\n": typeof types.ModerationQueueChangedDocument,
    "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      ...ModerationMessageFields\n    }\n  }\n": typeof types.ApproveMessageDocument,
    "\n  mutation RejectMessage($id: ID!, $reason: String!) {\n    rejectMessage(id: $id, reason: $reason) {\n      ...ModerationMessageFields\n    }\n  }\n": typeof types.RejectMessageDocument,
    "\n  mutation PinMessage($id: ID!, $pinned: Boolean!) {\n    pinMessage(id: $id, pinned: $pinned) {\n      ...ModerationMessageFields\n    }\n  }\n": typeof types.PinMessageDocument,
    "\n  mutation PublicClueRegisterDevice {\n    registerDevice\n  }\n": typeof types.PublicClueRegisterDeviceDocument,
    "\n  fragment PublicClueCallFields on ClueCall {\n    open\n    opensAt\n    closesAt\n    session {\n      id\n      title\n      theme\n      scheduledAt\n      kind\n    }\n  }\n": typeof types.PublicClueCallFieldsFragmentDoc,
    "\n  query PublicClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...PublicClueCallFields\n    }\n  }\n": typeof types.PublicClueCallDocument,
    "\n  query PublicClueCalls {\n    clueCalls {\n      ...PublicClueCallFields\n    }\n  }\n": typeof types.PublicClueCallsDocument,
    "\n  query PublicClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.PublicClueCategoriesDocument,
    "\n  mutation PublicSubmitClue($input: SubmitClueInput!) {\n    submitClue(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": typeof types.PublicSubmitClueDocument,
    "\n  query PublicTrackClue($code: String!) {\n    trackClue(code: $code) {\n      trackingCode\n      title\n      category\n      categoryName\n      categoryNameEn\n      status\n      published\n      supportCount\n      submittedAt\n      session {\n        id\n        title\n        theme\n      }\n      publicReply\n      replyBy\n      rejectReason\n      rejectNote\n      departmentName\n      mergedInto {\n        id\n        title\n        status\n      }\n      question {\n        title\n        phase\n        departmentName\n        respondent\n        result {\n          outcome\n          composite\n        }\n      }\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      followUps {\n        id\n        title\n        status\n        deadline\n        departmentName\n        progress\n        overdue\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n": typeof types.PublicTrackClueDocument,
    "\n  mutation PublicClueVerdict($input: ClueVerdictInput!) {\n    giveClueVerdict(input: $input) {\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n": typeof types.PublicClueVerdictDocument,
    "\n  query PublicClues($first: Int!, $after: String, $search: String, $sessionId: ID, $orderBy: PublicClueOrder!) {\n    publicClues(first: $first, after: $after, search: $search, sessionId: $sessionId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        description\n        category\n        categoryName\n        categoryNameEn\n        location\n        status\n        supportCount\n        supportedByMe\n        publicReply\n        createdAt\n        session {\n          id\n          theme\n        }\n        photos {\n          id\n          url\n          width\n          height\n        }\n      }\n    }\n  }\n": typeof types.PublicCluesDocument,
    "\n  mutation PublicSupportClue($clueId: ID!) {\n    supportClue(clueId: $clueId) {\n      clueId\n      supportCount\n    }\n  }\n": typeof types.PublicSupportClueDocument,
    "\n  query PublicClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n    }\n  }\n": typeof types.PublicClueStatsDocument,
    "\n  query PublicClueSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": typeof types.PublicClueSessionsDocument,
    "\n  query PublicRepresentative($code: String!) {\n    publicRepresentative(code: $code) {\n      name\n      district\n      station\n      bio\n      photoUrl\n      code\n      active\n      cluesReceived\n      cluesAnswered\n      reviews {\n        sessionId\n        sessionTitle\n        title\n        publishedAt\n        outcome\n        satisfactionRate\n      }\n    }\n  }\n": typeof types.PublicRepresentativeDocument,
    "\n  query MyRepresentative {\n    myRepresentative {\n      id\n      name\n      district\n      station\n      code\n      active\n      photoUrl\n    }\n  }\n": typeof types.MyRepresentativeDocument,
    "\n  fragment RepresentativeInboxClueFields on RepresentativeInboxClue {\n    id\n    trackingCode\n    title\n    description\n    category\n    categoryName\n    location\n    submitterName\n    anonymous\n    status\n    publicReply\n    repliedAt\n    forwardedAt\n    followUpId\n    photoUrls\n    createdAt\n  }\n": typeof types.RepresentativeInboxClueFieldsFragmentDoc,
    "\n  query RepresentativeInbox($first: Int!, $after: String, $search: String, $status: ClueStatus) {\n    representativeInbox(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RepresentativeInboxClueFields\n      }\n    }\n  }\n": typeof types.RepresentativeInboxDocument,
    "\n  query RepresentativeClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.RepresentativeClueCategoriesDocument,
    "\n  query RepresentativeDepartments($first: Int!) {\n    departments(first: $first) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.RepresentativeDepartmentsDocument,
    "\n  mutation RepresentativeReplyToClue($clueId: ID!, $reply: String!) {\n    replyToClueAsRepresentative(clueId: $clueId, reply: $reply) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": typeof types.RepresentativeReplyToClueDocument,
    "\n  mutation RepresentativeForwardClue($clueId: ID!, $note: String) {\n    forwardClueToStaff(clueId: $clueId, note: $note) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": typeof types.RepresentativeForwardClueDocument,
    "\n  mutation RepresentativeDispatchClue($input: RepresentativeDispatchInput!) {\n    dispatchClueAsRepresentative(input: $input) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": typeof types.RepresentativeDispatchClueDocument,
    "\n  query RepresentativeSupervisedFollowUps($first: Int!, $after: String, $search: String) {\n    supervisedFollowUps(first: $first, after: $after, search: $search) {\n      ...FollowUpPageFields\n    }\n  }\n": typeof types.RepresentativeSupervisedFollowUpsDocument,
    "\n  fragment RepresentativeItemFields on FollowUp {\n    ...FollowUpDetailFields\n    ...FollowUpSupervisionFields\n  }\n": typeof types.RepresentativeItemFieldsFragmentDoc,
    "\n  query RepresentativeItem($id: ID!) {\n    followUp(id: $id) {\n      ...RepresentativeItemFields\n    }\n  }\n": typeof types.RepresentativeItemDocument,
    "\n  mutation RepresentativeCommentOnFollowUp($id: ID!, $note: String!) {\n    commentOnFollowUp(id: $id, note: $note) {\n      ...RepresentativeItemFields\n    }\n  }\n": typeof types.RepresentativeCommentOnFollowUpDocument,
    "\n  mutation RepresentativeScoreFollowUp($input: ScoreFollowUpInput!) {\n    scoreFollowUp(input: $input) {\n      ...RepresentativeItemFields\n    }\n  }\n": typeof types.RepresentativeScoreFollowUpDocument,
    "\n  fragment RepresentativeProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    sessionTitle\n  }\n": typeof types.RepresentativeProposalFieldsFragmentDoc,
    "\n  query RepresentativeProposals {\n    questionProposals {\n      ...RepresentativeProposalFields\n    }\n  }\n": typeof types.RepresentativeProposalsDocument,
    "\n  query RepresentativeProposalSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        theme\n        kind\n        status\n        scheduledAt\n      }\n    }\n  }\n": typeof types.RepresentativeProposalSessionsDocument,
    "\n  mutation RepresentativeProposeQuestion($input: ProposeQuestionInput!) {\n    proposeQuestion(input: $input) {\n      ...RepresentativeProposalFields\n    }\n  }\n": typeof types.RepresentativeProposeQuestionDocument,
    "\n  query RepresentativeParticipation($from: DateTimeISO!, $to: DateTimeISO!) {\n    representativeParticipation(from: $from, to: $to) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.RepresentativeParticipationDocument,
    "\n  query ScreenSession($id: ID!) {\n    publicUrl\n    session(id: $id) {\n      id\n      title\n      theme\n      kind\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        subject\n        district\n        budget\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScreenSessionDocument,
    "\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": typeof types.ScreenSessionsDocument,
    "\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n": typeof types.ScreenRoundTallyChangedDocument,
    "\n  query SecurityAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorUsername\n        actorName\n        action\n        subjectType\n        subjectId\n        detail\n        chainSeq\n        hash\n      }\n    }\n  }\n": typeof types.SecurityAuditEntriesDocument,
    "\n  query SecurityAuditChainStatus {\n    auditChainStatus {\n      sealed\n      unsealed\n      firstSeq\n      intact\n      broken {\n        chainSeq\n        entryId\n        reason\n      }\n    }\n  }\n": typeof types.SecurityAuditChainStatusDocument,
    "\n  mutation VoteRequestCode($input: RequestVoteCodeInput!) {\n    requestVoteCode(input: $input) {\n      maskedPhone\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": typeof types.VoteRequestCodeDocument,
    "\n  mutation VoteJoinWithCode($input: JoinWithCodeInput!) {\n    joinWithCode(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": typeof types.VoteJoinWithCodeDocument,
    "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": typeof types.VoteClaimSeatDocument,
    "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n": typeof types.VoteJoinSessionDocument,
    "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      picks\n      replayed\n    }\n  }\n": typeof types.VoteCastVoteDocument,
    "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": typeof types.VoteLiveStateDocument,
    "\n  mutation VoteSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.VoteSendMessageDocument,
    "\n  mutation VoteUpvoteMessage($messageId: ID!) {\n    upvoteMessage(messageId: $messageId) {\n      id\n      upvotes\n    }\n  }\n": typeof types.VoteUpvoteMessageDocument,
};
const documents: Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    mustChangePassword\n    passwordChangedAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n": types.SessionAccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccountFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Committees($includeInactive: Boolean!) {\n    committees(includeInactive: $includeInactive) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": types.CommitteesDocument,
    "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": types.CreateCommitteeDocument,
    "\n  mutation UpdateCommittee($input: UpdateCommitteeInput!) {\n    updateCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n": types.UpdateCommitteeDocument,
    "\n  mutation SetFollowUpCommittee($input: SetFollowUpCommitteeInput!) {\n    setFollowUpCommittee(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.SetFollowUpCommitteeDocument,
    "\n  query MyCommittee {\n    me {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.MyCommitteeDocument,
    "\n  mutation SetAccountCommittee($id: ID!, $committeeId: ID) {\n    setAccountCommittee(id: $id, committeeId: $committeeId) {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.SetAccountCommitteeDocument,
    "\n  mutation UrgeFollowUp($input: UrgeFollowUpInput!) {\n    urgeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.UrgeFollowUpDocument,
    "\n  mutation ChangeFollowUpDeadline($input: ChangeDeadlineInput!) {\n    changeFollowUpDeadline(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.ChangeFollowUpDeadlineDocument,
    "\n  mutation RequestFollowUpExtension($input: RequestExtensionInput!) {\n    requestFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.RequestFollowUpExtensionDocument,
    "\n  mutation DecideFollowUpExtension($input: DecideExtensionInput!) {\n    decideFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.DecideFollowUpExtensionDocument,
    "\n  fragment DeadlineSettingsFields on DeadlineSettings {\n    defaults {\n      kind\n      workingDays\n    }\n    ladder {\n      days\n      level\n    }\n    overrides {\n      date\n      working\n      note\n    }\n    officialCalendarThrough\n    progressReview\n  }\n": types.DeadlineSettingsFieldsFragmentDoc,
    "\n  query DeadlineSettings {\n    deadlineSettings {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.DeadlineSettingsDocument,
    "\n  mutation SetDeadlineDefault($input: DeadlineDefaultInput!) {\n    setDeadlineDefault(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.SetDeadlineDefaultDocument,
    "\n  mutation SetEscalationLadder($input: EscalationLadderInput!) {\n    setEscalationLadder(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.SetEscalationLadderDocument,
    "\n  mutation SetHolidayOverride($input: HolidayOverrideInput!) {\n    setHolidayOverride(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.SetHolidayOverrideDocument,
    "\n  mutation RemoveHolidayOverride($date: String!) {\n    removeHolidayOverride(date: $date) {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.RemoveHolidayOverrideDocument,
    "\n  query FollowUpDocuments($followUpId: ID!) {\n    followUpDocuments(followUpId: $followUpId) {\n      id\n      kind\n      number\n      issuedOn\n      handlingRound\n      reason\n      downloadUrl\n      issuedBy\n    }\n  }\n": types.FollowUpDocumentsDocument,
    "\n  mutation IssueFollowUpDocument($input: IssueFollowUpDocumentInput!) {\n    issueFollowUpDocument(input: $input) {\n      id\n      number\n    }\n  }\n": types.IssueFollowUpDocumentDocument,
    "\n  query FollowUpDocumentSettings {\n    followUpDocumentSettings {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n": types.FollowUpDocumentSettingsDocument,
    "\n  mutation SetFollowUpDocumentSettings($input: FollowUpDocumentSettingsInput!) {\n    setFollowUpDocumentSettings(input: $input) {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n": types.SetFollowUpDocumentSettingsDocument,
    "\n  fragment FollowUpDepartmentFields on Department {\n    id\n    name\n    shortName\n  }\n": types.FollowUpDepartmentFieldsFragmentDoc,
    "\n  fragment FollowUpRowFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      sessionId\n      sessionTitle\n    }\n    children {\n      id\n    }\n  }\n": types.FollowUpRowFieldsFragmentDoc,
    "\n  fragment FollowUpDetailFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      name\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    weight\n    returnReason\n    triggerOutcome\n    evaluationQuestionId\n    assessmentSessionId\n    overdueWorkingDays\n    escalation\n    extensionRequests {\n      id\n      status\n      reason\n      currentDeadline\n      proposedDeadline\n      decisionNote\n      decidedAt\n      createdAt\n    }\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      title\n      sessionId\n      sessionTitle\n      respondent\n    }\n    children {\n      id\n      title\n      status\n      deadline\n      overdue\n      progress\n      weight\n      readable\n      department {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      action\n      at\n      note\n      percent\n      deadline\n      handlingRound\n      actorName\n      evidence {\n        id\n        fileName\n        contentType\n        url\n      }\n      review\n      reviewNote\n      reviewerName\n      reviewedAt\n    }\n    pendingReviews\n    mediations {\n      id\n      heldOn\n      outcome\n      decision\n      handlingRound\n      participants {\n        name\n        side\n      }\n      minutes {\n        id\n        fileName\n        url\n      }\n    }\n    accountability {\n      id\n      kind\n      measure\n      officialName\n      officialPost\n      issuedBy\n      body\n      referenceNumber\n      takenOn\n      note\n      published\n    }\n  }\n": types.FollowUpDetailFieldsFragmentDoc,
    "\n  fragment FollowUpPageFields on FollowUpPage {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...FollowUpRowFields\n    }\n  }\n": types.FollowUpPageFieldsFragmentDoc,
    "\n  query AdminFollowUps($first: Int!, $after: String, $search: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, search: $search, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n": types.AdminFollowUpsDocument,
    "\n  query DepartmentFollowUps($first: Int!, $after: String, $filter: FollowUpFilter) {\n    myFollowUps(first: $first, after: $after, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n": types.DepartmentFollowUpsDocument,
    "\n  query FollowUpItem($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.FollowUpItemDocument,
    "\n  query AdminFollowUpSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.AdminFollowUpSessionsDocument,
    "\n  mutation AdminEditFollowUp($input: FollowUpEditInput!) {\n    editFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminEditFollowUpDocument,
    "\n  mutation AdminSplitFollowUp($input: SplitFollowUpInput!) {\n    splitFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminSplitFollowUpDocument,
    "\n  mutation AdminDispatchFollowUps($ids: [ID!]!) {\n    dispatchFollowUps(ids: $ids) {\n      ...FollowUpRowFields\n    }\n  }\n": types.AdminDispatchFollowUpsDocument,
    "\n  mutation AdminReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminReassignFollowUpDocument,
    "\n  mutation AdminInsistFollowUp($input: FollowUpReasonInput!) {\n    insistFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminInsistFollowUpDocument,
    "\n  mutation AdminApproveFollowUp($input: FollowUpReasonInput!) {\n    approveFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminApproveFollowUpDocument,
    "\n  mutation AdminSendBackFollowUp($input: FollowUpReasonInput!) {\n    sendBackFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminSendBackFollowUpDocument,
    "\n  mutation AdminCloseFollowUp($input: FollowUpReasonInput!) {\n    closeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.AdminCloseFollowUpDocument,
    "\n  mutation AdminOpenLookBack($input: OpenLookBackInput!) {\n    openLookBack(input: $input) {\n      sessionId\n      items {\n        ...FollowUpDetailFields\n      }\n    }\n  }\n": types.AdminOpenLookBackDocument,
    "\n  query AdminLookBackSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      joinCode\n      status\n    }\n  }\n": types.AdminLookBackSessionDocument,
    "\n  mutation DepartmentAcceptFollowUp($id: ID!) {\n    acceptFollowUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.DepartmentAcceptFollowUpDocument,
    "\n  mutation DepartmentReturnFollowUp($input: FollowUpReasonInput!) {\n    returnFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.DepartmentReturnFollowUpDocument,
    "\n  mutation DepartmentPostProgress($input: ProgressInput!) {\n    postFollowUpProgress(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.DepartmentPostProgressDocument,
    "\n  mutation DepartmentSubmitReport($input: ProgressInput!) {\n    submitFollowUpReport(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.DepartmentSubmitReportDocument,
    "\n  query FollowUpNotifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      followUpId\n      read\n      createdAt\n    }\n  }\n": types.FollowUpNotificationsDocument,
    "\n  mutation MarkFollowUpNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkFollowUpNotificationsReadDocument,
    "\n  mutation SetFollowUpProgressReview($enabled: Boolean!) {\n    setFollowUpProgressReview(enabled: $enabled) {\n      ...DeadlineSettingsFields\n    }\n  }\n": types.SetFollowUpProgressReviewDocument,
    "\n  mutation ReviewFollowUpText($input: ReviewFollowUpTextInput!) {\n    reviewFollowUpText(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.ReviewFollowUpTextDocument,
    "\n  mutation RecordFollowUpMediation($input: MediationInput!) {\n    recordFollowUpMediation(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.RecordFollowUpMediationDocument,
    "\n  mutation RecordAccountabilityMeasure($input: AccountabilityMeasureInput!) {\n    recordAccountabilityMeasure(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.RecordAccountabilityMeasureDocument,
    "\n  mutation RecordOversightReferral($input: OversightReferralInput!) {\n    recordOversightReferral(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.RecordOversightReferralDocument,
    "\n  mutation PublishAccountability($input: PublishAccountabilityInput!) {\n    publishAccountability(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n": types.PublishAccountabilityDocument,
    "\n  fragment RoundWindowFields on RoundType {\n    id\n    status\n    studioOpensAt\n    studioClosesAt\n    onlineOpensAt\n    onlineClosesAt\n    resultsHidden\n    ballotType\n    candidates\n    maxChoices\n  }\n": types.RoundWindowFieldsFragmentDoc,
    "\n  fragment QuorumCheckFields on QuorumCheck {\n    studioElectorate\n    studioRule\n    studioRequired\n    studioMissed\n    onlineRequired\n    onlineMissed\n    fallback\n  }\n": types.QuorumCheckFieldsFragmentDoc,
    "\n  fragment LiveRoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n": types.LiveRoundResultFieldsFragmentDoc,
    "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    messagesEnabled\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n      satisfiedGrade\n      passingShare\n      onlineIdentity\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      subject\n      district\n      budget\n      department {\n        shortName\n        name\n      }\n      candidates {\n        label\n        detail\n      }\n      phase\n      clipUrl\n      round {\n        ...RoundWindowFields\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n": types.LiveStateFieldsFragmentDoc,
    "\n  subscription LiveStateChanged($sessionId: ID!) {\n    liveStateChanged(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": types.LiveStateChangedDocument,
    "\n  query LiveServerTime {\n    serverTime\n  }\n": types.LiveServerTimeDocument,
    "\n  fragment LiveRoundTallyFields on RoundTally {\n    roundId\n    sequence\n    studioVoted\n    studioElectorate\n    onlineVoted\n    result {\n      ...LiveRoundResultFields\n    }\n  }\n": types.LiveRoundTallyFieldsFragmentDoc,
    "\n  fragment WallMessageFields on WallMessage {\n    id\n    body\n    senderName\n    pinned\n    upvotes\n    putToRespondentAt\n  }\n": types.WallMessageFieldsFragmentDoc,
    "\n  fragment MessageWallFields on MessageWall {\n    sessionId\n    enabled\n    approvedCount\n    messages {\n      ...WallMessageFields\n    }\n  }\n": types.MessageWallFieldsFragmentDoc,
    "\n  query MessageWall($sessionId: ID!) {\n    messageWall(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n": types.MessageWallDocument,
    "\n  subscription MessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n": types.MessageWallChangedDocument,
    "\n  fragment FollowUpSupervisionFields on FollowUp {\n    id\n    status\n    supervisors {\n      id\n      name\n      district\n    }\n    representativeScores {\n      representativeName\n      score\n      note\n      handlingRound\n      at\n    }\n  }\n": types.FollowUpSupervisionFieldsFragmentDoc,
    "\n  fragment QuestionProposalFields on QuestionProposal {\n    id\n    sessionId\n    title\n    body\n    respondent\n    departmentId\n    status\n    declineReason\n    questionId\n    createdAt\n  }\n": types.QuestionProposalFieldsFragmentDoc,
    "\n  fragment ParticipationFields on Participation {\n    representative {\n      id\n      name\n      district\n    }\n    cluesReceived\n    cluesAnswered\n    cluesDispatched\n    itemsSupervised\n    scoresGiven\n    studioVotes\n    sessionsAttended\n  }\n": types.ParticipationFieldsFragmentDoc,
    "\n  fragment RoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n": types.RoundResultFieldsFragmentDoc,
    "\n  fragment VoteSettingsFields on VoteSettings {\n    windowSeconds\n    streamDelaySeconds\n    hideResultsUntilClosed\n    studioWeight\n    onlineWeight\n    satisfiedThreshold\n    satisfiedGrade\n    passingBase\n    passingShare\n    studioQuorum\n    minOnlineBallots\n    quorumFallback\n    onlineIdentity\n  }\n": types.VoteSettingsFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    kind\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      ...VoteSettingsFields\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      subject\n      district\n      representativeId\n      budget\n      documentName\n      ballotType\n      maxChoices\n      candidates {\n        label\n        detail\n        departmentId\n      }\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        ...RoundWindowFields\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.SessionDetailDocument,
    "\n  fragment SessionListFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    rehearsal\n    questions {\n      id\n    }\n  }\n": types.SessionListFieldsFragmentDoc,
    "\n  query SessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n      }\n    }\n  }\n": types.SessionListDocument,
    "\n  fragment SignInFields on SignIn {\n    id\n    createdAt\n    expiresAt\n    ip\n    current\n  }\n": types.SignInFieldsFragmentDoc,
    "\n  query MySignIns {\n    mySignIns {\n      ...SignInFields\n    }\n  }\n": types.MySignInsDocument,
    "\n  query AccountSignIns($accountId: ID!) {\n    signIns(accountId: $accountId) {\n      ...SignInFields\n    }\n  }\n": types.AccountSignInsDocument,
    "\n  mutation RevokeSignIn($id: ID!) {\n    revokeSignIn(id: $id)\n  }\n": types.RevokeSignInDocument,
    "\n  mutation RevokeAllSignIns($accountId: ID!) {\n    revokeAllSignIns(accountId: $accountId)\n  }\n": types.RevokeAllSignInsDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      ...SessionAccountFields\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      history\n      maxAgeDays\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  fragment AdminClueFields on Clue {\n    id\n    trackingCode\n    hotlineOrderNo\n    hotlineReceivedAt\n    session {\n      id\n      title\n    }\n    title\n    description\n    category\n    categoryName\n    categoryNameEn\n    location\n    latitude\n    longitude\n    anonymous\n    submitterName\n    phoneMasked\n    status\n    published\n    questionId\n    questionTitle\n    mergedInto {\n      id\n      title\n      status\n    }\n    department {\n      id\n      name\n      shortName\n    }\n    rejectReason\n    rejectNote\n    publicReply\n    repliedAt\n    representative {\n      id\n      name\n      district\n    }\n    forwardedAt\n    forwardNote\n    decidedAt\n    undoUntil\n    followUpId\n    verdict\n    verdictComment\n    verdictAt\n    notices {\n      event\n      delivery\n      createdAt\n      sentAt\n      error\n    }\n    supportCount\n    photos {\n      id\n      url\n      width\n      height\n    }\n    createdAt\n  }\n": types.AdminClueFieldsFragmentDoc,
    "\n  query AdminClues($first: Int!, $after: String, $filter: ClueFilter) {\n    clues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminClueFields\n      }\n    }\n  }\n": types.AdminCluesDocument,
    "\n  subscription AdminClueSubmitted {\n    clueSubmitted {\n      ...AdminClueFields\n    }\n  }\n": types.AdminClueSubmittedDocument,
    "\n  query AdminClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n      categories {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n    }\n  }\n": types.AdminClueStatsDocument,
    "\n  query AdminClueSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        status\n        kind\n        scheduledAt\n      }\n    }\n  }\n": types.AdminClueSessionsDocument,
    "\n  query AdminClue($id: ID!) {\n    clue(id: $id) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminClueDocument,
    "\n  query AdminClueDuplicates($clueId: ID!) {\n    clueDuplicates(clueId: $clueId) {\n      reasons {\n        kind\n        score\n      }\n      clue {\n        ...AdminClueFields\n      }\n    }\n  }\n": types.AdminClueDuplicatesDocument,
    "\n  mutation AdminRevealCluePhone($clueId: ID!) {\n    revealCluePhone(clueId: $clueId)\n  }\n": types.AdminRevealCluePhoneDocument,
    "\n  mutation AdminAcceptClue($input: AcceptClueInput!) {\n    acceptClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminAcceptClueDocument,
    "\n  mutation AdminMergeClue($clueId: ID!, $intoId: ID!) {\n    mergeClue(clueId: $clueId, intoId: $intoId) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminMergeClueDocument,
    "\n  mutation AdminUndoClueDecision($clueId: ID!) {\n    undoClueDecision(clueId: $clueId) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminUndoClueDecisionDocument,
    "\n  mutation AdminFollowUpFromClue($input: FollowUpFromClueInput!) {\n    createFollowUpFromClue(input: $input) {\n      id\n    }\n  }\n": types.AdminFollowUpFromClueDocument,
    "\n  mutation AdminRejectClue($input: RejectClueInput!) {\n    rejectClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminRejectClueDocument,
    "\n  mutation AdminReferClue($input: ReferClueInput!) {\n    referClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminReferClueDocument,
    "\n  mutation AdminSetCluePublished($clueId: ID!, $published: Boolean!) {\n    setCluePublished(clueId: $clueId, published: $published) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminSetCluePublishedDocument,
    "\n  mutation AdminReplyToClue($input: ReplyToClueInput!) {\n    replyToClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminReplyToClueDocument,
    "\n  mutation AdminReassignClueRepresentative($clueId: ID!, $representativeId: ID) {\n    reassignClueRepresentative(clueId: $clueId, representativeId: $representativeId) {\n      ...AdminClueFields\n    }\n  }\n": types.AdminReassignClueRepresentativeDocument,
    "\n  query AdminClueSessionQuestions($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      questions {\n        id\n        position\n        title\n        phase\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminClueSessionQuestionsDocument,
    "\n  fragment AdminClueCallFields on ClueCall {\n    opensAt\n    closesAt\n    open\n  }\n": types.AdminClueCallFieldsFragmentDoc,
    "\n  query AdminClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...AdminClueCallFields\n    }\n  }\n": types.AdminClueCallDocument,
    "\n  mutation AdminSetClueCall($input: ClueCallInput!) {\n    setClueCall(input: $input) {\n      ...AdminClueCallFields\n    }\n  }\n": types.AdminSetClueCallDocument,
    "\n  fragment AdminClueCategoryFields on ClueCategory {\n    code\n    name\n    nameEn\n    position\n    active\n  }\n": types.AdminClueCategoryFieldsFragmentDoc,
    "\n  query AdminClueCategories {\n    clueCategories(includeRetired: true) {\n      ...AdminClueCategoryFields\n    }\n  }\n": types.AdminClueCategoriesDocument,
    "\n  mutation AdminCreateClueCategory($input: CreateClueCategoryInput!) {\n    createClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n": types.AdminCreateClueCategoryDocument,
    "\n  mutation AdminUpdateClueCategory($input: UpdateClueCategoryInput!) {\n    updateClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n": types.AdminUpdateClueCategoryDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    deactivatedAt\n    mustChangePassword\n    lockedAt\n    department {\n      id\n      name\n      shortName\n    }\n    committee {\n      id\n      name\n    }\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($first: Int!, $after: String, $search: String, $role: Role) {\n    accounts(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminAccountsDocument,
    "\n  mutation AdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      initialPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminCreateAccountDocument,
    "\n  mutation AdminDeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": types.AdminDeactivateAccountDocument,
    "\n  mutation AdminReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": types.AdminReactivateAccountDocument,
    "\n  mutation AdminUnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": types.AdminUnlockAccountDocument,
    "\n  mutation AdminResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      temporaryPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AdminResetPasswordDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    createdAt\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($first: Int!, $after: String, $search: String) {\n    departments(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminDepartmentFields\n      }\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation AdminCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.AdminCreateDepartmentDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      change\n      department {\n        ...AdminDepartmentFields\n      }\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.DirectoryChangedDocument,
    "\n  query AdminSensitiveWords($first: Int!, $after: String, $search: String) {\n    sensitiveWords(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        word\n        createdAt\n      }\n    }\n  }\n": types.AdminSensitiveWordsDocument,
    "\n  mutation AdminAddSensitiveWords($words: [String!]!) {\n    addSensitiveWords(words: $words)\n  }\n": types.AdminAddSensitiveWordsDocument,
    "\n  mutation AdminRemoveSensitiveWord($id: ID!) {\n    removeSensitiveWord(id: $id)\n  }\n": types.AdminRemoveSensitiveWordDocument,
    "\n  query AdminMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n        keepBlocked\n        published\n      }\n    }\n  }\n": types.AdminMessageSettingsDocument,
    "\n  mutation AdminSetMessageSettings($sessionId: ID!, $input: MessageSettingsInput!) {\n    setMessageSettings(sessionId: $sessionId, input: $input) {\n      enabled\n      keepBlocked\n      published\n    }\n  }\n": types.AdminSetMessageSettingsDocument,
    "\n  fragment AdminRepresentativeFields on Representative {\n    id\n    name\n    district\n    station\n    bio\n    photoUrl\n    code\n    active\n    accountId\n    accountUsername\n  }\n": types.AdminRepresentativeFieldsFragmentDoc,
    "\n  query AdminRepresentatives($first: Int!, $after: String, $search: String, $active: Boolean) {\n    representatives(first: $first, after: $after, search: $search, active: $active) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminRepresentativeFields\n      }\n    }\n  }\n": types.AdminRepresentativesDocument,
    "\n  query AdminRepresentative($id: ID!) {\n    representative(id: $id) {\n      ...AdminRepresentativeFields\n    }\n  }\n": types.AdminRepresentativeDocument,
    "\n  query AdminRepresentativeChoices($first: Int!, $search: String, $active: Boolean) {\n    representatives(first: $first, search: $search, active: $active) {\n      nodes {\n        id\n        name\n        district\n        active\n      }\n    }\n  }\n": types.AdminRepresentativeChoicesDocument,
    "\n  mutation AdminCreateRepresentative($input: RepresentativeInput!) {\n    createRepresentative(input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n": types.AdminCreateRepresentativeDocument,
    "\n  mutation AdminUpdateRepresentative($id: ID!, $input: RepresentativeInput!) {\n    updateRepresentative(id: $id, input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n": types.AdminUpdateRepresentativeDocument,
    "\n  mutation AdminImportRepresentatives($rows: [RepresentativeRowInput!]!) {\n    importRepresentatives(rows: $rows) {\n      created\n      updated\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.AdminImportRepresentativesDocument,
    "\n  query AdminRepresentativeAccounts($first: Int!, $search: String) {\n    accounts(first: $first, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        id\n        username\n        displayName\n        deactivatedAt\n      }\n    }\n  }\n": types.AdminRepresentativeAccountsDocument,
    "\n  query AdminFollowUpSupervision($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpSupervisionFields\n    }\n  }\n": types.AdminFollowUpSupervisionDocument,
    "\n  mutation AdminAssignSupervisors($followUpId: ID!, $representativeIds: [ID!]!) {\n    assignSupervisors(followUpId: $followUpId, representativeIds: $representativeIds) {\n      ...FollowUpSupervisionFields\n    }\n  }\n": types.AdminAssignSupervisorsDocument,
    "\n  fragment AdminQuestionProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    representativeName\n  }\n": types.AdminQuestionProposalFieldsFragmentDoc,
    "\n  query AdminQuestionProposals($sessionId: ID) {\n    questionProposals(sessionId: $sessionId) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": types.AdminQuestionProposalsDocument,
    "\n  mutation AdminAcceptQuestionProposal($id: ID!) {\n    acceptQuestionProposal(id: $id) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": types.AdminAcceptQuestionProposalDocument,
    "\n  mutation AdminDeclineQuestionProposal($id: ID!, $reason: String!) {\n    declineQuestionProposal(id: $id, reason: $reason) {\n      ...AdminQuestionProposalFields\n    }\n  }\n": types.AdminDeclineQuestionProposalDocument,
    "\n  query AdminParticipation($from: DateTimeISO!, $to: DateTimeISO!, $search: String) {\n    representativeParticipation(from: $from, to: $to, search: $search) {\n      ...ParticipationFields\n    }\n  }\n": types.AdminParticipationDocument,
    "\n  fragment AdminPlanItemFields on Question {\n    sourceClues {\n      id\n      title\n      supportCount\n    }\n  }\n": types.AdminPlanItemFieldsFragmentDoc,
    "\n  query AdminSessionPlan($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminSessionPlanDocument,
    "\n  query AdminSessionKindProfiles {\n    sessionKindProfiles {\n      kind\n      subject\n      ballotType\n      ballotTypes\n      redoMonths\n      settings {\n        ...VoteSettingsFields\n      }\n    }\n  }\n": types.AdminSessionKindProfilesDocument,
    "\n  fragment KindDefaultsFields on SessionKindProfile {\n    kind\n    subject\n    ballotTypes\n    customized\n    redoMonths\n    settings {\n      ...VoteSettingsFields\n    }\n  }\n": types.KindDefaultsFieldsFragmentDoc,
    "\n  query AdminKindDefaults {\n    sessionKindProfiles {\n      ...KindDefaultsFields\n    }\n  }\n": types.AdminKindDefaultsDocument,
    "\n  mutation AdminSetKindDefaults($input: SessionKindDefaultsInput!) {\n    setSessionKindDefaults(input: $input) {\n      ...KindDefaultsFields\n    }\n  }\n": types.AdminSetKindDefaultsDocument,
    "\n  mutation AdminResetKindDefaults($kind: SessionKind!) {\n    resetSessionKindDefaults(kind: $kind) {\n      ...KindDefaultsFields\n    }\n  }\n": types.AdminResetKindDefaultsDocument,
    "\n  fragment RollMemberFields on RollMember {\n    id\n    name\n    accountId\n    accountName\n    seatLabel\n    seatCode\n    seatClaimed\n  }\n": types.RollMemberFieldsFragmentDoc,
    "\n  fragment RollRepresentativeFields on Account {\n    id\n    username\n    displayName\n  }\n": types.RollRepresentativeFieldsFragmentDoc,
    "\n  query AdminStudioRoll($sessionId: ID!) {\n    studioRoll(sessionId: $sessionId) {\n      ...RollMemberFields\n    }\n  }\n": types.AdminStudioRollDocument,
    "\n  mutation AdminAddToRoll($input: AddToRollInput!) {\n    addToRoll(input: $input) {\n      ...RollMemberFields\n    }\n  }\n": types.AdminAddToRollDocument,
    "\n  mutation AdminRemoveFromRoll($id: ID!) {\n    removeFromRoll(id: $id)\n  }\n": types.AdminRemoveFromRollDocument,
    "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      id\n      code\n      label\n      name\n      claimed\n    }\n  }\n": types.AdminIssueSeatCodesDocument,
    "\n  query AdminRollRepresentatives($search: String) {\n    accounts(first: 100, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        ...RollRepresentativeFields\n      }\n    }\n  }\n": types.AdminRollRepresentativesDocument,
    "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    name\n    claimed\n  }\n": types.SeatCodeFieldsFragmentDoc,
    "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n": types.AdminSeatCodesDocument,
    "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminCreateSessionDocument,
    "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminUpdateSessionDocument,
    "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminPublishSessionDocument,
    "\n  fragment RosterEntryFields on RosterEntry {\n    id\n    name\n    maskedPhone\n  }\n": types.RosterEntryFieldsFragmentDoc,
    "\n  query AdminOnlineRoster($sessionId: ID!) {\n    onlineRoster(sessionId: $sessionId) {\n      ...RosterEntryFields\n    }\n  }\n": types.AdminOnlineRosterDocument,
    "\n  mutation AdminImportOnlineRoster($input: ImportRosterInput!) {\n    importOnlineRoster(input: $input)\n  }\n": types.AdminImportOnlineRosterDocument,
    "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminAddQuestionDocument,
    "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminUpdateQuestionDocument,
    "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminRemoveQuestionDocument,
    "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n": types.AdminReorderQuestionsDocument,
    "\n  query AdminSessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n        kind\n      }\n    }\n  }\n": types.AdminSessionListDocument,
    "\n  fragment StatsChannelFields on ChannelStats {\n    total\n    satisfactionRate\n  }\n": types.StatsChannelFieldsFragmentDoc,
    "\n  query StatsSessions($period: StatsPeriodInput, $first: Int!, $kind: SessionKind) {\n    sessionStats(period: $period, first: $first, kind: $kind) {\n      totalCount\n      nodes {\n        sessionId\n        title\n        kind\n        scheduledAt\n        questions\n        rounds\n        composite\n        satisfiedOutcomes\n        unsatisfiedOutcomes\n        studioTurnoutRate\n        studio {\n          ...StatsChannelFields\n        }\n        online {\n          ...StatsChannelFields\n        }\n      }\n    }\n    sessionKindStats(period: $period) {\n      kind\n      sessions\n      items\n      rounds\n      composite\n      byOutcome {\n        outcome\n        count\n      }\n    }\n    yearStats(period: $period, kind: $kind) {\n      year\n      sessions\n      rounds\n      composite\n      studio {\n        ...StatsChannelFields\n      }\n      online {\n        ...StatsChannelFields\n      }\n    }\n  }\n": types.StatsSessionsDocument,
    "\n  query StatsDepartments($period: StatsPeriodInput, $first: Int!) {\n    departmentStats(period: $period, first: $first) {\n      nodes {\n        departmentId\n        shortName\n        rounds\n        composite\n        followUp {\n          items\n          due\n          onTimeRate\n          overdue\n          reopened\n        }\n      }\n    }\n    departmentLeague(period: $period) {\n      formula\n      formulaZh\n      weights {\n        satisfaction\n        onTime\n        notReopened\n      }\n      rows {\n        rank\n        departmentId\n        name\n        score\n        satisfaction\n        onTimeRate\n        notReopenedRate\n        questions\n        items\n        due\n        reopened\n        answerRate\n        resolveRate\n      }\n    }\n  }\n": types.StatsDepartmentsDocument,
    "\n  query StatsFollowUpsAndClues($period: StatsPeriodInput) {\n    followUpStats(period: $period) {\n      items\n      due\n      onTime\n      onTimeRate\n      overdue\n      reopened\n      reopenedShare\n      closed\n      answered\n      answerRate\n      judged\n      resolved\n      resolveRate\n      byStatus {\n        status\n        count\n      }\n    }\n    clueVolumes(period: $period) {\n      total\n      byCategory {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n      byOutcome {\n        status\n        count\n      }\n    }\n  }\n": types.StatsFollowUpsAndCluesDocument,
    "\n  query PublicSessionDisclosure($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      settings {\n        onlineIdentity\n      }\n    }\n    sessionDisclosure(sessionId: $sessionId) {\n      sessionId\n      title\n      theme\n      kind\n      scheduledAt\n      questions {\n        id\n        position\n        title\n        subject\n        departmentName\n        respondent\n        district\n        budget\n        ballotType\n        result {\n          ...DisclosureResultFields\n        }\n        followUps {\n          id\n          title\n          commitment\n          deadline\n          status\n          overdue\n          departmentName\n          progress\n          handlingRound\n          lookBackResult {\n            ...DisclosureResultFields\n          }\n          accountability {\n            kind\n            measure\n            body\n            takenOn\n            officialName\n            officialPost\n            issuedBy\n            referenceNumber\n          }\n          timeline {\n            id\n            action\n            at\n            note\n            percent\n            deadline\n            handlingRound\n            evidence {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PublicSessionDisclosureDocument,
    "\n  fragment DisclosureResultFields on RoundResultType {\n    ...LiveRoundResultFields\n  }\n": types.DisclosureResultFieldsFragmentDoc,
    "\n  query PublicSessionIndex($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        title\n        theme\n        scheduledAt\n        status\n        kind\n        joinCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PublicSessionIndexDocument,
    "\n  query PublicPublishedMessages($sessionId: ID!) {\n    publishedMessages(sessionId: $sessionId) {\n      id\n      body\n      senderName\n      upvotes\n      approvedAt\n      putToRespondentAt\n    }\n  }\n": types.PublicPublishedMessagesDocument,
    "\n  query HostPreLiveCheck($sessionId: ID!) {\n    preLiveCheck(sessionId: $sessionId) {\n      code\n      blocker\n      message\n    }\n  }\n": types.HostPreLiveCheckDocument,
    "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n": types.HostConnectedPhonesDocument,
    "\n  query HostAddressVolumes($sessionId: ID!) {\n    addressVolumes(sessionId: $sessionId) {\n      joinFlagLevel\n      ballotFlagLevel\n      flaggedCount\n      addresses {\n        address\n        joins\n        ballots\n        topRoundBallots\n        flagged\n      }\n    }\n  }\n": types.HostAddressVolumesDocument,
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
    "\n  query ServerTime {\n    serverTime\n  }\n": types.ServerTimeDocument,
    "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n": types.HostRoundTallyDocument,
    "\n  query HostMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n      }\n    }\n  }\n": types.HostMessageSettingsDocument,
    "\n  query HostMessages($sessionId: ID!) {\n    hostMessages(sessionId: $sessionId) {\n      id\n      questionId\n      questionTitle\n      body\n      senderName\n      pinned\n      upvotes\n      createdAt\n      putToRespondentAt\n    }\n  }\n": types.HostMessagesDocument,
    "\n  subscription HostMessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      sessionId\n      enabled\n      approvedCount\n    }\n  }\n": types.HostMessageWallChangedDocument,
    "\n  mutation HostSetMessagesEnabled($sessionId: ID!, $enabled: Boolean!) {\n    setMessageSettings(sessionId: $sessionId, input: { enabled: $enabled }) {\n      enabled\n    }\n  }\n": types.HostSetMessagesEnabledDocument,
    "\n  mutation HostPutMessage($id: ID!) {\n    putMessageToRespondent(id: $id) {\n      id\n      putToRespondentAt\n    }\n  }\n": types.HostPutMessageDocument,
    "\n  query HostLiveHealth($sessionId: ID!) {\n    liveHealth(sessionId: $sessionId) {\n      windowSeconds\n      webSocketClients\n      workers {\n        worker\n        clients\n      }\n      votesPerSecond\n      ackP50Seconds\n      ackP99Seconds\n      fanOutP50Seconds\n      fanOutP99Seconds\n      intakeQueueDepth\n      databaseUp\n      redisUp\n    }\n  }\n": types.HostLiveHealthDocument,
    "\n  fragment ModerationMessageFields on AudienceMessage {\n    id\n    sessionId\n    questionId\n    questionTitle\n    body\n    senderName\n    status\n    rejectReason\n    blockedWords\n    pinned\n    upvotes\n    createdAt\n    moderatedAt\n    waitedSeconds\n    putToRespondentAt\n  }\n": types.ModerationMessageFieldsFragmentDoc,
    "\n  query ModerateSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      messageSettings {\n        enabled\n        keepBlocked\n      }\n    }\n  }\n": types.ModerateSessionDocument,
    "\n  query ModerationQueue($sessionId: ID!, $status: MessageStatus!, $first: Int!, $after: String, $search: String) {\n    moderationQueue(sessionId: $sessionId, status: $status, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ModerationMessageFields\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  subscription ModerationQueueChanged($sessionId: ID!) {\n    moderationQueueChanged(sessionId: $sessionId) {\n      messages {\n        ...ModerationMessageFields\n      }\n    }\n  }\n": types.ModerationQueueChangedDocument,
    "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      ...ModerationMessageFields\n    }\n  }\n": types.ApproveMessageDocument,
    "\n  mutation RejectMessage($id: ID!, $reason: String!) {\n    rejectMessage(id: $id, reason: $reason) {\n      ...ModerationMessageFields\n    }\n  }\n": types.RejectMessageDocument,
    "\n  mutation PinMessage($id: ID!, $pinned: Boolean!) {\n    pinMessage(id: $id, pinned: $pinned) {\n      ...ModerationMessageFields\n    }\n  }\n": types.PinMessageDocument,
    "\n  mutation PublicClueRegisterDevice {\n    registerDevice\n  }\n": types.PublicClueRegisterDeviceDocument,
    "\n  fragment PublicClueCallFields on ClueCall {\n    open\n    opensAt\n    closesAt\n    session {\n      id\n      title\n      theme\n      scheduledAt\n      kind\n    }\n  }\n": types.PublicClueCallFieldsFragmentDoc,
    "\n  query PublicClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...PublicClueCallFields\n    }\n  }\n": types.PublicClueCallDocument,
    "\n  query PublicClueCalls {\n    clueCalls {\n      ...PublicClueCallFields\n    }\n  }\n": types.PublicClueCallsDocument,
    "\n  query PublicClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n": types.PublicClueCategoriesDocument,
    "\n  mutation PublicSubmitClue($input: SubmitClueInput!) {\n    submitClue(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": types.PublicSubmitClueDocument,
    "\n  query PublicTrackClue($code: String!) {\n    trackClue(code: $code) {\n      trackingCode\n      title\n      category\n      categoryName\n      categoryNameEn\n      status\n      published\n      supportCount\n      submittedAt\n      session {\n        id\n        title\n        theme\n      }\n      publicReply\n      replyBy\n      rejectReason\n      rejectNote\n      departmentName\n      mergedInto {\n        id\n        title\n        status\n      }\n      question {\n        title\n        phase\n        departmentName\n        respondent\n        result {\n          outcome\n          composite\n        }\n      }\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      followUps {\n        id\n        title\n        status\n        deadline\n        departmentName\n        progress\n        overdue\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n": types.PublicTrackClueDocument,
    "\n  mutation PublicClueVerdict($input: ClueVerdictInput!) {\n    giveClueVerdict(input: $input) {\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n": types.PublicClueVerdictDocument,
    "\n  query PublicClues($first: Int!, $after: String, $search: String, $sessionId: ID, $orderBy: PublicClueOrder!) {\n    publicClues(first: $first, after: $after, search: $search, sessionId: $sessionId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        description\n        category\n        categoryName\n        categoryNameEn\n        location\n        status\n        supportCount\n        supportedByMe\n        publicReply\n        createdAt\n        session {\n          id\n          theme\n        }\n        photos {\n          id\n          url\n          width\n          height\n        }\n      }\n    }\n  }\n": types.PublicCluesDocument,
    "\n  mutation PublicSupportClue($clueId: ID!) {\n    supportClue(clueId: $clueId) {\n      clueId\n      supportCount\n    }\n  }\n": types.PublicSupportClueDocument,
    "\n  query PublicClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n    }\n  }\n": types.PublicClueStatsDocument,
    "\n  query PublicClueSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": types.PublicClueSessionsDocument,
    "\n  query PublicRepresentative($code: String!) {\n    publicRepresentative(code: $code) {\n      name\n      district\n      station\n      bio\n      photoUrl\n      code\n      active\n      cluesReceived\n      cluesAnswered\n      reviews {\n        sessionId\n        sessionTitle\n        title\n        publishedAt\n        outcome\n        satisfactionRate\n      }\n    }\n  }\n": types.PublicRepresentativeDocument,
    "\n  query MyRepresentative {\n    myRepresentative {\n      id\n      name\n      district\n      station\n      code\n      active\n      photoUrl\n    }\n  }\n": types.MyRepresentativeDocument,
    "\n  fragment RepresentativeInboxClueFields on RepresentativeInboxClue {\n    id\n    trackingCode\n    title\n    description\n    category\n    categoryName\n    location\n    submitterName\n    anonymous\n    status\n    publicReply\n    repliedAt\n    forwardedAt\n    followUpId\n    photoUrls\n    createdAt\n  }\n": types.RepresentativeInboxClueFieldsFragmentDoc,
    "\n  query RepresentativeInbox($first: Int!, $after: String, $search: String, $status: ClueStatus) {\n    representativeInbox(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RepresentativeInboxClueFields\n      }\n    }\n  }\n": types.RepresentativeInboxDocument,
    "\n  query RepresentativeClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n": types.RepresentativeClueCategoriesDocument,
    "\n  query RepresentativeDepartments($first: Int!) {\n    departments(first: $first) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.RepresentativeDepartmentsDocument,
    "\n  mutation RepresentativeReplyToClue($clueId: ID!, $reply: String!) {\n    replyToClueAsRepresentative(clueId: $clueId, reply: $reply) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": types.RepresentativeReplyToClueDocument,
    "\n  mutation RepresentativeForwardClue($clueId: ID!, $note: String) {\n    forwardClueToStaff(clueId: $clueId, note: $note) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": types.RepresentativeForwardClueDocument,
    "\n  mutation RepresentativeDispatchClue($input: RepresentativeDispatchInput!) {\n    dispatchClueAsRepresentative(input: $input) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n": types.RepresentativeDispatchClueDocument,
    "\n  query RepresentativeSupervisedFollowUps($first: Int!, $after: String, $search: String) {\n    supervisedFollowUps(first: $first, after: $after, search: $search) {\n      ...FollowUpPageFields\n    }\n  }\n": types.RepresentativeSupervisedFollowUpsDocument,
    "\n  fragment RepresentativeItemFields on FollowUp {\n    ...FollowUpDetailFields\n    ...FollowUpSupervisionFields\n  }\n": types.RepresentativeItemFieldsFragmentDoc,
    "\n  query RepresentativeItem($id: ID!) {\n    followUp(id: $id) {\n      ...RepresentativeItemFields\n    }\n  }\n": types.RepresentativeItemDocument,
    "\n  mutation RepresentativeCommentOnFollowUp($id: ID!, $note: String!) {\n    commentOnFollowUp(id: $id, note: $note) {\n      ...RepresentativeItemFields\n    }\n  }\n": types.RepresentativeCommentOnFollowUpDocument,
    "\n  mutation RepresentativeScoreFollowUp($input: ScoreFollowUpInput!) {\n    scoreFollowUp(input: $input) {\n      ...RepresentativeItemFields\n    }\n  }\n": types.RepresentativeScoreFollowUpDocument,
    "\n  fragment RepresentativeProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    sessionTitle\n  }\n": types.RepresentativeProposalFieldsFragmentDoc,
    "\n  query RepresentativeProposals {\n    questionProposals {\n      ...RepresentativeProposalFields\n    }\n  }\n": types.RepresentativeProposalsDocument,
    "\n  query RepresentativeProposalSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        theme\n        kind\n        status\n        scheduledAt\n      }\n    }\n  }\n": types.RepresentativeProposalSessionsDocument,
    "\n  mutation RepresentativeProposeQuestion($input: ProposeQuestionInput!) {\n    proposeQuestion(input: $input) {\n      ...RepresentativeProposalFields\n    }\n  }\n": types.RepresentativeProposeQuestionDocument,
    "\n  query RepresentativeParticipation($from: DateTimeISO!, $to: DateTimeISO!) {\n    representativeParticipation(from: $from, to: $to) {\n      ...ParticipationFields\n    }\n  }\n": types.RepresentativeParticipationDocument,
    "\n  query ScreenSession($id: ID!) {\n    publicUrl\n    session(id: $id) {\n      id\n      title\n      theme\n      kind\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        subject\n        district\n        budget\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n": types.ScreenSessionDocument,
    "\n  query ScreenSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n": types.ScreenSessionsDocument,
    "\n  subscription ScreenRoundTallyChanged($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      ...LiveRoundTallyFields\n    }\n  }\n": types.ScreenRoundTallyChangedDocument,
    "\n  query SecurityAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorUsername\n        actorName\n        action\n        subjectType\n        subjectId\n        detail\n        chainSeq\n        hash\n      }\n    }\n  }\n": types.SecurityAuditEntriesDocument,
    "\n  query SecurityAuditChainStatus {\n    auditChainStatus {\n      sealed\n      unsealed\n      firstSeq\n      intact\n      broken {\n        chainSeq\n        entryId\n        reason\n      }\n    }\n  }\n": types.SecurityAuditChainStatusDocument,
    "\n  mutation VoteRequestCode($input: RequestVoteCodeInput!) {\n    requestVoteCode(input: $input) {\n      maskedPhone\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": types.VoteRequestCodeDocument,
    "\n  mutation VoteJoinWithCode($input: JoinWithCodeInput!) {\n    joinWithCode(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": types.VoteJoinWithCodeDocument,
    "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n": types.VoteClaimSeatDocument,
    "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n": types.VoteJoinSessionDocument,
    "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      picks\n      replayed\n    }\n  }\n": types.VoteCastVoteDocument,
    "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n": types.VoteLiveStateDocument,
    "\n  mutation VoteSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      status\n    }\n  }\n": types.VoteSendMessageDocument,
    "\n  mutation VoteUpvoteMessage($messageId: ID!) {\n    upvoteMessage(messageId: $messageId) {\n      id\n      upvotes\n    }\n  }\n": types.VoteUpvoteMessageDocument,
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
export function graphql(source: "\n  fragment SessionAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    mustChangePassword\n    passwordChangedAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment SessionAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    mustChangePassword\n    passwordChangedAt\n    department {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionAccountFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees($includeInactive: Boolean!) {\n    committees(includeInactive: $includeInactive) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  query Committees($includeInactive: Boolean!) {\n    committees(includeInactive: $includeInactive) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommittee($input: UpdateCommitteeInput!) {\n    updateCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommittee($input: UpdateCommitteeInput!) {\n    updateCommittee(input: $input) {\n      id\n      name\n      shortName\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpCommittee($input: SetFollowUpCommitteeInput!) {\n    setFollowUpCommittee(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollowUpCommittee($input: SetFollowUpCommitteeInput!) {\n    setFollowUpCommittee(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommittee {\n    me {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommittee {\n    me {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountCommittee($id: ID!, $committeeId: ID) {\n    setAccountCommittee(id: $id, committeeId: $committeeId) {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountCommittee($id: ID!, $committeeId: ID) {\n    setAccountCommittee(id: $id, committeeId: $committeeId) {\n      id\n      committee {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrgeFollowUp($input: UrgeFollowUpInput!) {\n    urgeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UrgeFollowUp($input: UrgeFollowUpInput!) {\n    urgeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFollowUpDeadline($input: ChangeDeadlineInput!) {\n    changeFollowUpDeadline(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFollowUpDeadline($input: ChangeDeadlineInput!) {\n    changeFollowUpDeadline(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFollowUpExtension($input: RequestExtensionInput!) {\n    requestFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFollowUpExtension($input: RequestExtensionInput!) {\n    requestFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideFollowUpExtension($input: DecideExtensionInput!) {\n    decideFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideFollowUpExtension($input: DecideExtensionInput!) {\n    decideFollowUpExtension(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineSettingsFields on DeadlineSettings {\n    defaults {\n      kind\n      workingDays\n    }\n    ladder {\n      days\n      level\n    }\n    overrides {\n      date\n      working\n      note\n    }\n    officialCalendarThrough\n    progressReview\n  }\n"): (typeof documents)["\n  fragment DeadlineSettingsFields on DeadlineSettings {\n    defaults {\n      kind\n      workingDays\n    }\n    ladder {\n      days\n      level\n    }\n    overrides {\n      date\n      working\n      note\n    }\n    officialCalendarThrough\n    progressReview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineSettings {\n    deadlineSettings {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query DeadlineSettings {\n    deadlineSettings {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeadlineDefault($input: DeadlineDefaultInput!) {\n    setDeadlineDefault(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeadlineDefault($input: DeadlineDefaultInput!) {\n    setDeadlineDefault(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEscalationLadder($input: EscalationLadderInput!) {\n    setEscalationLadder(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetEscalationLadder($input: EscalationLadderInput!) {\n    setEscalationLadder(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHolidayOverride($input: HolidayOverrideInput!) {\n    setHolidayOverride(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetHolidayOverride($input: HolidayOverrideInput!) {\n    setHolidayOverride(input: $input) {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHolidayOverride($date: String!) {\n    removeHolidayOverride(date: $date) {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveHolidayOverride($date: String!) {\n    removeHolidayOverride(date: $date) {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpDocuments($followUpId: ID!) {\n    followUpDocuments(followUpId: $followUpId) {\n      id\n      kind\n      number\n      issuedOn\n      handlingRound\n      reason\n      downloadUrl\n      issuedBy\n    }\n  }\n"): (typeof documents)["\n  query FollowUpDocuments($followUpId: ID!) {\n    followUpDocuments(followUpId: $followUpId) {\n      id\n      kind\n      number\n      issuedOn\n      handlingRound\n      reason\n      downloadUrl\n      issuedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueFollowUpDocument($input: IssueFollowUpDocumentInput!) {\n    issueFollowUpDocument(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IssueFollowUpDocument($input: IssueFollowUpDocumentInput!) {\n    issueFollowUpDocument(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpDocumentSettings {\n    followUpDocumentSettings {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n"): (typeof documents)["\n  query FollowUpDocumentSettings {\n    followUpDocumentSettings {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpDocumentSettings($input: FollowUpDocumentSettingsInput!) {\n    setFollowUpDocumentSettings(input: $input) {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollowUpDocumentSettings($input: FollowUpDocumentSettingsInput!) {\n    setFollowUpDocumentSettings(input: $input) {\n      issuer\n      assignPrefix\n      supervisePrefix\n      urgePrefix\n      noticePrefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpDepartmentFields on Department {\n    id\n    name\n    shortName\n  }\n"): (typeof documents)["\n  fragment FollowUpDepartmentFields on Department {\n    id\n    name\n    shortName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpRowFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      sessionId\n      sessionTitle\n    }\n    children {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpRowFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      sessionId\n      sessionTitle\n    }\n    children {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpDetailFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      name\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    weight\n    returnReason\n    triggerOutcome\n    evaluationQuestionId\n    assessmentSessionId\n    overdueWorkingDays\n    escalation\n    extensionRequests {\n      id\n      status\n      reason\n      currentDeadline\n      proposedDeadline\n      decisionNote\n      decidedAt\n      createdAt\n    }\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      title\n      sessionId\n      sessionTitle\n      respondent\n    }\n    children {\n      id\n      title\n      status\n      deadline\n      overdue\n      progress\n      weight\n      readable\n      department {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      action\n      at\n      note\n      percent\n      deadline\n      handlingRound\n      actorName\n      evidence {\n        id\n        fileName\n        contentType\n        url\n      }\n      review\n      reviewNote\n      reviewerName\n      reviewedAt\n    }\n    pendingReviews\n    mediations {\n      id\n      heldOn\n      outcome\n      decision\n      handlingRound\n      participants {\n        name\n        side\n      }\n      minutes {\n        id\n        fileName\n        url\n      }\n    }\n    accountability {\n      id\n      kind\n      measure\n      officialName\n      officialPost\n      issuedBy\n      body\n      referenceNumber\n      takenOn\n      note\n      published\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpDetailFields on FollowUp {\n    id\n    title\n    committee {\n      id\n      name\n      shortName\n    }\n    commitment\n    status\n    deadline\n    overdue\n    progress\n    handlingRound\n    parentId\n    sourceClueId\n    weight\n    returnReason\n    triggerOutcome\n    evaluationQuestionId\n    assessmentSessionId\n    overdueWorkingDays\n    escalation\n    extensionRequests {\n      id\n      status\n      reason\n      currentDeadline\n      proposedDeadline\n      decisionNote\n      decidedAt\n      createdAt\n    }\n    department {\n      ...FollowUpDepartmentFields\n    }\n    coDepartments {\n      ...FollowUpDepartmentFields\n    }\n    question {\n      id\n      title\n      sessionId\n      sessionTitle\n      respondent\n    }\n    children {\n      id\n      title\n      status\n      deadline\n      overdue\n      progress\n      weight\n      readable\n      department {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      action\n      at\n      note\n      percent\n      deadline\n      handlingRound\n      actorName\n      evidence {\n        id\n        fileName\n        contentType\n        url\n      }\n      review\n      reviewNote\n      reviewerName\n      reviewedAt\n    }\n    pendingReviews\n    mediations {\n      id\n      heldOn\n      outcome\n      decision\n      handlingRound\n      participants {\n        name\n        side\n      }\n      minutes {\n        id\n        fileName\n        url\n      }\n    }\n    accountability {\n      id\n      kind\n      measure\n      officialName\n      officialPost\n      issuedBy\n      body\n      referenceNumber\n      takenOn\n      note\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpPageFields on FollowUpPage {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...FollowUpRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpPageFields on FollowUpPage {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...FollowUpRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFollowUps($first: Int!, $after: String, $search: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, search: $search, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n"): (typeof documents)["\n  query AdminFollowUps($first: Int!, $after: String, $search: String, $filter: FollowUpFilter) {\n    followUps(first: $first, after: $after, search: $search, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentFollowUps($first: Int!, $after: String, $filter: FollowUpFilter) {\n    myFollowUps(first: $first, after: $after, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n"): (typeof documents)["\n  query DepartmentFollowUps($first: Int!, $after: String, $filter: FollowUpFilter) {\n    myFollowUps(first: $first, after: $after, filter: $filter) {\n      ...FollowUpPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpItem($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  query FollowUpItem($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFollowUpSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFollowUpSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEditFollowUp($input: FollowUpEditInput!) {\n    editFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminEditFollowUp($input: FollowUpEditInput!) {\n    editFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSplitFollowUp($input: SplitFollowUpInput!) {\n    splitFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSplitFollowUp($input: SplitFollowUpInput!) {\n    splitFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDispatchFollowUps($ids: [ID!]!) {\n    dispatchFollowUps(ids: $ids) {\n      ...FollowUpRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDispatchFollowUps($ids: [ID!]!) {\n    dispatchFollowUps(ids: $ids) {\n      ...FollowUpRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInsistFollowUp($input: FollowUpReasonInput!) {\n    insistFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInsistFollowUp($input: FollowUpReasonInput!) {\n    insistFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveFollowUp($input: FollowUpReasonInput!) {\n    approveFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminApproveFollowUp($input: FollowUpReasonInput!) {\n    approveFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSendBackFollowUp($input: FollowUpReasonInput!) {\n    sendBackFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSendBackFollowUp($input: FollowUpReasonInput!) {\n    sendBackFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseFollowUp($input: FollowUpReasonInput!) {\n    closeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCloseFollowUp($input: FollowUpReasonInput!) {\n    closeFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOpenLookBack($input: OpenLookBackInput!) {\n    openLookBack(input: $input) {\n      sessionId\n      items {\n        ...FollowUpDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOpenLookBack($input: OpenLookBackInput!) {\n    openLookBack(input: $input) {\n      sessionId\n      items {\n        ...FollowUpDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLookBackSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      joinCode\n      status\n    }\n  }\n"): (typeof documents)["\n  query AdminLookBackSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      joinCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentAcceptFollowUp($id: ID!) {\n    acceptFollowUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentAcceptFollowUp($id: ID!) {\n    acceptFollowUp(id: $id) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentReturnFollowUp($input: FollowUpReasonInput!) {\n    returnFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentReturnFollowUp($input: FollowUpReasonInput!) {\n    returnFollowUp(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentPostProgress($input: ProgressInput!) {\n    postFollowUpProgress(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentPostProgress($input: ProgressInput!) {\n    postFollowUpProgress(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentSubmitReport($input: ProgressInput!) {\n    submitFollowUpReport(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentSubmitReport($input: ProgressInput!) {\n    submitFollowUpReport(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpNotifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      followUpId\n      read\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query FollowUpNotifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      followUpId\n      read\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkFollowUpNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkFollowUpNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpProgressReview($enabled: Boolean!) {\n    setFollowUpProgressReview(enabled: $enabled) {\n      ...DeadlineSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollowUpProgressReview($enabled: Boolean!) {\n    setFollowUpProgressReview(enabled: $enabled) {\n      ...DeadlineSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFollowUpText($input: ReviewFollowUpTextInput!) {\n    reviewFollowUpText(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFollowUpText($input: ReviewFollowUpTextInput!) {\n    reviewFollowUpText(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUpMediation($input: MediationInput!) {\n    recordFollowUpMediation(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUpMediation($input: MediationInput!) {\n    recordFollowUpMediation(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAccountabilityMeasure($input: AccountabilityMeasureInput!) {\n    recordAccountabilityMeasure(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAccountabilityMeasure($input: AccountabilityMeasureInput!) {\n    recordAccountabilityMeasure(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOversightReferral($input: OversightReferralInput!) {\n    recordOversightReferral(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOversightReferral($input: OversightReferralInput!) {\n    recordOversightReferral(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAccountability($input: PublishAccountabilityInput!) {\n    publishAccountability(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAccountability($input: PublishAccountabilityInput!) {\n    publishAccountability(input: $input) {\n      ...FollowUpDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundWindowFields on RoundType {\n    id\n    status\n    studioOpensAt\n    studioClosesAt\n    onlineOpensAt\n    onlineClosesAt\n    resultsHidden\n    ballotType\n    candidates\n    maxChoices\n  }\n"): (typeof documents)["\n  fragment RoundWindowFields on RoundType {\n    id\n    status\n    studioOpensAt\n    studioClosesAt\n    onlineOpensAt\n    onlineClosesAt\n    resultsHidden\n    ballotType\n    candidates\n    maxChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuorumCheckFields on QuorumCheck {\n    studioElectorate\n    studioRule\n    studioRequired\n    studioMissed\n    onlineRequired\n    onlineMissed\n    fallback\n  }\n"): (typeof documents)["\n  fragment QuorumCheckFields on QuorumCheck {\n    studioElectorate\n    studioRule\n    studioRequired\n    studioMissed\n    onlineRequired\n    onlineMissed\n    fallback\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveRoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment LiveRoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    channels {\n      channel\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      total\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    messagesEnabled\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n      satisfiedGrade\n      passingShare\n      onlineIdentity\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      subject\n      district\n      budget\n      department {\n        shortName\n        name\n      }\n      candidates {\n        label\n        detail\n      }\n      phase\n      clipUrl\n      round {\n        ...RoundWindowFields\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveStateFields on LiveState {\n    sessionId\n    version\n    status\n    title\n    theme\n    streamUrl\n    rehearsal\n    serverTime\n    questionCount\n    messagesEnabled\n    settings {\n      windowSeconds\n      streamDelaySeconds\n      hideResultsUntilClosed\n      studioWeight\n      onlineWeight\n      satisfiedThreshold\n      satisfiedGrade\n      passingShare\n      onlineIdentity\n    }\n    question {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      subject\n      district\n      budget\n      department {\n        shortName\n        name\n      }\n      candidates {\n        label\n        detail\n      }\n      phase\n      clipUrl\n      round {\n        ...RoundWindowFields\n        result {\n          ...LiveRoundResultFields\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment WallMessageFields on WallMessage {\n    id\n    body\n    senderName\n    pinned\n    upvotes\n    putToRespondentAt\n  }\n"): (typeof documents)["\n  fragment WallMessageFields on WallMessage {\n    id\n    body\n    senderName\n    pinned\n    upvotes\n    putToRespondentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageWallFields on MessageWall {\n    sessionId\n    enabled\n    approvedCount\n    messages {\n      ...WallMessageFields\n    }\n  }\n"): (typeof documents)["\n  fragment MessageWallFields on MessageWall {\n    sessionId\n    enabled\n    approvedCount\n    messages {\n      ...WallMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageWall($sessionId: ID!) {\n    messageWall(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n"): (typeof documents)["\n  query MessageWall($sessionId: ID!) {\n    messageWall(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      ...MessageWallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpSupervisionFields on FollowUp {\n    id\n    status\n    supervisors {\n      id\n      name\n      district\n    }\n    representativeScores {\n      representativeName\n      score\n      note\n      handlingRound\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpSupervisionFields on FollowUp {\n    id\n    status\n    supervisors {\n      id\n      name\n      district\n    }\n    representativeScores {\n      representativeName\n      score\n      note\n      handlingRound\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionProposalFields on QuestionProposal {\n    id\n    sessionId\n    title\n    body\n    respondent\n    departmentId\n    status\n    declineReason\n    questionId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment QuestionProposalFields on QuestionProposal {\n    id\n    sessionId\n    title\n    body\n    respondent\n    departmentId\n    status\n    declineReason\n    questionId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationFields on Participation {\n    representative {\n      id\n      name\n      district\n    }\n    cluesReceived\n    cluesAnswered\n    cluesDispatched\n    itemsSupervised\n    scoresGiven\n    studioVotes\n    sessionsAttended\n  }\n"): (typeof documents)["\n  fragment ParticipationFields on Participation {\n    representative {\n      id\n      name\n      district\n    }\n    cluesReceived\n    cluesAnswered\n    cluesDispatched\n    itemsSupervised\n    scoresGiven\n    studioVotes\n    sessionsAttended\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment RoundResultFields on RoundResultType {\n    ballotType\n    options {\n      key\n      label\n      studio\n      online\n      share\n      elected\n    }\n    rule\n    note\n    satisfiedGrade\n    passingBase\n    composite\n    outcome\n    studioWeight\n    onlineWeight\n    threshold\n    channels {\n      channel\n      total\n      satisfied\n      basicallySatisfied\n      unsatisfied\n      satisfiedPercent\n      basicallySatisfiedPercent\n      unsatisfiedPercent\n      satisfactionRate\n    }\n    quorum {\n      ...QuorumCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteSettingsFields on VoteSettings {\n    windowSeconds\n    streamDelaySeconds\n    hideResultsUntilClosed\n    studioWeight\n    onlineWeight\n    satisfiedThreshold\n    satisfiedGrade\n    passingBase\n    passingShare\n    studioQuorum\n    minOnlineBallots\n    quorumFallback\n    onlineIdentity\n  }\n"): (typeof documents)["\n  fragment VoteSettingsFields on VoteSettings {\n    windowSeconds\n    streamDelaySeconds\n    hideResultsUntilClosed\n    studioWeight\n    onlineWeight\n    satisfiedThreshold\n    satisfiedGrade\n    passingBase\n    passingShare\n    studioQuorum\n    minOnlineBallots\n    quorumFallback\n    onlineIdentity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    kind\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      ...VoteSettingsFields\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      subject\n      district\n      representativeId\n      budget\n      documentName\n      ballotType\n      maxChoices\n      candidates {\n        label\n        detail\n        departmentId\n      }\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        ...RoundWindowFields\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    scheduledAt\n    status\n    kind\n    rehearsal\n    streamUrl\n    joinCode\n    studioElectorate\n    currentQuestionId\n    stateVersion\n    settings {\n      ...VoteSettingsFields\n    }\n    questions {\n      id\n      position\n      title\n      body\n      questioner\n      respondent\n      clipUrl\n      phase\n      subject\n      district\n      representativeId\n      budget\n      documentName\n      ballotType\n      maxChoices\n      candidates {\n        label\n        detail\n        departmentId\n      }\n      department {\n        id\n        name\n        shortName\n      }\n      round {\n        ...RoundWindowFields\n        result {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SignInFields on SignIn {\n    id\n    createdAt\n    expiresAt\n    ip\n    current\n  }\n"): (typeof documents)["\n  fragment SignInFields on SignIn {\n    id\n    createdAt\n    expiresAt\n    ip\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySignIns {\n    mySignIns {\n      ...SignInFields\n    }\n  }\n"): (typeof documents)["\n  query MySignIns {\n    mySignIns {\n      ...SignInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSignIns($accountId: ID!) {\n    signIns(accountId: $accountId) {\n      ...SignInFields\n    }\n  }\n"): (typeof documents)["\n  query AccountSignIns($accountId: ID!) {\n    signIns(accountId: $accountId) {\n      ...SignInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSignIn($id: ID!) {\n    revokeSignIn(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSignIn($id: ID!) {\n    revokeSignIn(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAllSignIns($accountId: ID!) {\n    revokeAllSignIns(accountId: $accountId)\n  }\n"): (typeof documents)["\n  mutation RevokeAllSignIns($accountId: ID!) {\n    revokeAllSignIns(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      ...SessionAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      ...SessionAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      history\n      maxAgeDays\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      history\n      maxAgeDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminClueFields on Clue {\n    id\n    trackingCode\n    hotlineOrderNo\n    hotlineReceivedAt\n    session {\n      id\n      title\n    }\n    title\n    description\n    category\n    categoryName\n    categoryNameEn\n    location\n    latitude\n    longitude\n    anonymous\n    submitterName\n    phoneMasked\n    status\n    published\n    questionId\n    questionTitle\n    mergedInto {\n      id\n      title\n      status\n    }\n    department {\n      id\n      name\n      shortName\n    }\n    rejectReason\n    rejectNote\n    publicReply\n    repliedAt\n    representative {\n      id\n      name\n      district\n    }\n    forwardedAt\n    forwardNote\n    decidedAt\n    undoUntil\n    followUpId\n    verdict\n    verdictComment\n    verdictAt\n    notices {\n      event\n      delivery\n      createdAt\n      sentAt\n      error\n    }\n    supportCount\n    photos {\n      id\n      url\n      width\n      height\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminClueFields on Clue {\n    id\n    trackingCode\n    hotlineOrderNo\n    hotlineReceivedAt\n    session {\n      id\n      title\n    }\n    title\n    description\n    category\n    categoryName\n    categoryNameEn\n    location\n    latitude\n    longitude\n    anonymous\n    submitterName\n    phoneMasked\n    status\n    published\n    questionId\n    questionTitle\n    mergedInto {\n      id\n      title\n      status\n    }\n    department {\n      id\n      name\n      shortName\n    }\n    rejectReason\n    rejectNote\n    publicReply\n    repliedAt\n    representative {\n      id\n      name\n      district\n    }\n    forwardedAt\n    forwardNote\n    decidedAt\n    undoUntil\n    followUpId\n    verdict\n    verdictComment\n    verdictAt\n    notices {\n      event\n      delivery\n      createdAt\n      sentAt\n      error\n    }\n    supportCount\n    photos {\n      id\n      url\n      width\n      height\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClues($first: Int!, $after: String, $filter: ClueFilter) {\n    clues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminClueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClues($first: Int!, $after: String, $filter: ClueFilter) {\n    clues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminClueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminClueSubmitted {\n    clueSubmitted {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  subscription AdminClueSubmitted {\n    clueSubmitted {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n      categories {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n      categories {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        status\n        kind\n        scheduledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClueSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        status\n        kind\n        scheduledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClue($id: ID!) {\n    clue(id: $id) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  query AdminClue($id: ID!) {\n    clue(id: $id) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueDuplicates($clueId: ID!) {\n    clueDuplicates(clueId: $clueId) {\n      reasons {\n        kind\n        score\n      }\n      clue {\n        ...AdminClueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClueDuplicates($clueId: ID!) {\n    clueDuplicates(clueId: $clueId) {\n      reasons {\n        kind\n        score\n      }\n      clue {\n        ...AdminClueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevealCluePhone($clueId: ID!) {\n    revealCluePhone(clueId: $clueId)\n  }\n"): (typeof documents)["\n  mutation AdminRevealCluePhone($clueId: ID!) {\n    revealCluePhone(clueId: $clueId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAcceptClue($input: AcceptClueInput!) {\n    acceptClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAcceptClue($input: AcceptClueInput!) {\n    acceptClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMergeClue($clueId: ID!, $intoId: ID!) {\n    mergeClue(clueId: $clueId, intoId: $intoId) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMergeClue($clueId: ID!, $intoId: ID!) {\n    mergeClue(clueId: $clueId, intoId: $intoId) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUndoClueDecision($clueId: ID!) {\n    undoClueDecision(clueId: $clueId) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUndoClueDecision($clueId: ID!) {\n    undoClueDecision(clueId: $clueId) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFollowUpFromClue($input: FollowUpFromClueInput!) {\n    createFollowUpFromClue(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminFollowUpFromClue($input: FollowUpFromClueInput!) {\n    createFollowUpFromClue(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectClue($input: RejectClueInput!) {\n    rejectClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRejectClue($input: RejectClueInput!) {\n    rejectClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReferClue($input: ReferClueInput!) {\n    referClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReferClue($input: ReferClueInput!) {\n    referClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetCluePublished($clueId: ID!, $published: Boolean!) {\n    setCluePublished(clueId: $clueId, published: $published) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetCluePublished($clueId: ID!, $published: Boolean!) {\n    setCluePublished(clueId: $clueId, published: $published) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReplyToClue($input: ReplyToClueInput!) {\n    replyToClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReplyToClue($input: ReplyToClueInput!) {\n    replyToClue(input: $input) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReassignClueRepresentative($clueId: ID!, $representativeId: ID) {\n    reassignClueRepresentative(clueId: $clueId, representativeId: $representativeId) {\n      ...AdminClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReassignClueRepresentative($clueId: ID!, $representativeId: ID) {\n    reassignClueRepresentative(clueId: $clueId, representativeId: $representativeId) {\n      ...AdminClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueSessionQuestions($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      questions {\n        id\n        position\n        title\n        phase\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClueSessionQuestions($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      questions {\n        id\n        position\n        title\n        phase\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminClueCallFields on ClueCall {\n    opensAt\n    closesAt\n    open\n  }\n"): (typeof documents)["\n  fragment AdminClueCallFields on ClueCall {\n    opensAt\n    closesAt\n    open\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...AdminClueCallFields\n    }\n  }\n"): (typeof documents)["\n  query AdminClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...AdminClueCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetClueCall($input: ClueCallInput!) {\n    setClueCall(input: $input) {\n      ...AdminClueCallFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetClueCall($input: ClueCallInput!) {\n    setClueCall(input: $input) {\n      ...AdminClueCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminClueCategoryFields on ClueCategory {\n    code\n    name\n    nameEn\n    position\n    active\n  }\n"): (typeof documents)["\n  fragment AdminClueCategoryFields on ClueCategory {\n    code\n    name\n    nameEn\n    position\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClueCategories {\n    clueCategories(includeRetired: true) {\n      ...AdminClueCategoryFields\n    }\n  }\n"): (typeof documents)["\n  query AdminClueCategories {\n    clueCategories(includeRetired: true) {\n      ...AdminClueCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateClueCategory($input: CreateClueCategoryInput!) {\n    createClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateClueCategory($input: CreateClueCategoryInput!) {\n    createClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateClueCategory($input: UpdateClueCategoryInput!) {\n    updateClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateClueCategory($input: UpdateClueCategoryInput!) {\n    updateClueCategory(input: $input) {\n      ...AdminClueCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    deactivatedAt\n    mustChangePassword\n    lockedAt\n    department {\n      id\n      name\n      shortName\n    }\n    committee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAccountFields on Account {\n    id\n    username\n    displayName\n    role\n    createdAt\n    deactivatedAt\n    mustChangePassword\n    lockedAt\n    department {\n      id\n      name\n      shortName\n    }\n    committee {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AdminDeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      temporaryPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      temporaryPassword\n      account {\n        ...AdminAccountFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminSensitiveWords($first: Int!, $after: String, $search: String) {\n    sensitiveWords(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        word\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSensitiveWords($first: Int!, $after: String, $search: String) {\n    sensitiveWords(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        word\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddSensitiveWords($words: [String!]!) {\n    addSensitiveWords(words: $words)\n  }\n"): (typeof documents)["\n  mutation AdminAddSensitiveWords($words: [String!]!) {\n    addSensitiveWords(words: $words)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveSensitiveWord($id: ID!) {\n    removeSensitiveWord(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveSensitiveWord($id: ID!) {\n    removeSensitiveWord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n        keepBlocked\n        published\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n        keepBlocked\n        published\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetMessageSettings($sessionId: ID!, $input: MessageSettingsInput!) {\n    setMessageSettings(sessionId: $sessionId, input: $input) {\n      enabled\n      keepBlocked\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetMessageSettings($sessionId: ID!, $input: MessageSettingsInput!) {\n    setMessageSettings(sessionId: $sessionId, input: $input) {\n      enabled\n      keepBlocked\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRepresentativeFields on Representative {\n    id\n    name\n    district\n    station\n    bio\n    photoUrl\n    code\n    active\n    accountId\n    accountUsername\n  }\n"): (typeof documents)["\n  fragment AdminRepresentativeFields on Representative {\n    id\n    name\n    district\n    station\n    bio\n    photoUrl\n    code\n    active\n    accountId\n    accountUsername\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRepresentatives($first: Int!, $after: String, $search: String, $active: Boolean) {\n    representatives(first: $first, after: $after, search: $search, active: $active) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminRepresentativeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRepresentatives($first: Int!, $after: String, $search: String, $active: Boolean) {\n    representatives(first: $first, after: $after, search: $search, active: $active) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AdminRepresentativeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRepresentative($id: ID!) {\n    representative(id: $id) {\n      ...AdminRepresentativeFields\n    }\n  }\n"): (typeof documents)["\n  query AdminRepresentative($id: ID!) {\n    representative(id: $id) {\n      ...AdminRepresentativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRepresentativeChoices($first: Int!, $search: String, $active: Boolean) {\n    representatives(first: $first, search: $search, active: $active) {\n      nodes {\n        id\n        name\n        district\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRepresentativeChoices($first: Int!, $search: String, $active: Boolean) {\n    representatives(first: $first, search: $search, active: $active) {\n      nodes {\n        id\n        name\n        district\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRepresentative($input: RepresentativeInput!) {\n    createRepresentative(input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateRepresentative($input: RepresentativeInput!) {\n    createRepresentative(input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRepresentative($id: ID!, $input: RepresentativeInput!) {\n    updateRepresentative(id: $id, input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateRepresentative($id: ID!, $input: RepresentativeInput!) {\n    updateRepresentative(id: $id, input: $input) {\n      ...AdminRepresentativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportRepresentatives($rows: [RepresentativeRowInput!]!) {\n    importRepresentatives(rows: $rows) {\n      created\n      updated\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportRepresentatives($rows: [RepresentativeRowInput!]!) {\n    importRepresentatives(rows: $rows) {\n      created\n      updated\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRepresentativeAccounts($first: Int!, $search: String) {\n    accounts(first: $first, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        id\n        username\n        displayName\n        deactivatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRepresentativeAccounts($first: Int!, $search: String) {\n    accounts(first: $first, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        id\n        username\n        displayName\n        deactivatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFollowUpSupervision($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpSupervisionFields\n    }\n  }\n"): (typeof documents)["\n  query AdminFollowUpSupervision($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpSupervisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignSupervisors($followUpId: ID!, $representativeIds: [ID!]!) {\n    assignSupervisors(followUpId: $followUpId, representativeIds: $representativeIds) {\n      ...FollowUpSupervisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAssignSupervisors($followUpId: ID!, $representativeIds: [ID!]!) {\n    assignSupervisors(followUpId: $followUpId, representativeIds: $representativeIds) {\n      ...FollowUpSupervisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminQuestionProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    representativeName\n  }\n"): (typeof documents)["\n  fragment AdminQuestionProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    representativeName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminQuestionProposals($sessionId: ID) {\n    questionProposals(sessionId: $sessionId) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"): (typeof documents)["\n  query AdminQuestionProposals($sessionId: ID) {\n    questionProposals(sessionId: $sessionId) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAcceptQuestionProposal($id: ID!) {\n    acceptQuestionProposal(id: $id) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAcceptQuestionProposal($id: ID!) {\n    acceptQuestionProposal(id: $id) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeclineQuestionProposal($id: ID!, $reason: String!) {\n    declineQuestionProposal(id: $id, reason: $reason) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeclineQuestionProposal($id: ID!, $reason: String!) {\n    declineQuestionProposal(id: $id, reason: $reason) {\n      ...AdminQuestionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminParticipation($from: DateTimeISO!, $to: DateTimeISO!, $search: String) {\n    representativeParticipation(from: $from, to: $to, search: $search) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  query AdminParticipation($from: DateTimeISO!, $to: DateTimeISO!, $search: String) {\n    representativeParticipation(from: $from, to: $to, search: $search) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPlanItemFields on Question {\n    sourceClues {\n      id\n      title\n      supportCount\n    }\n  }\n"): (typeof documents)["\n  fragment AdminPlanItemFields on Question {\n    sourceClues {\n      id\n      title\n      supportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessionPlan($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessionPlan($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessionKindProfiles {\n    sessionKindProfiles {\n      kind\n      subject\n      ballotType\n      ballotTypes\n      redoMonths\n      settings {\n        ...VoteSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessionKindProfiles {\n    sessionKindProfiles {\n      kind\n      subject\n      ballotType\n      ballotTypes\n      redoMonths\n      settings {\n        ...VoteSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KindDefaultsFields on SessionKindProfile {\n    kind\n    subject\n    ballotTypes\n    customized\n    redoMonths\n    settings {\n      ...VoteSettingsFields\n    }\n  }\n"): (typeof documents)["\n  fragment KindDefaultsFields on SessionKindProfile {\n    kind\n    subject\n    ballotTypes\n    customized\n    redoMonths\n    settings {\n      ...VoteSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKindDefaults {\n    sessionKindProfiles {\n      ...KindDefaultsFields\n    }\n  }\n"): (typeof documents)["\n  query AdminKindDefaults {\n    sessionKindProfiles {\n      ...KindDefaultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetKindDefaults($input: SessionKindDefaultsInput!) {\n    setSessionKindDefaults(input: $input) {\n      ...KindDefaultsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetKindDefaults($input: SessionKindDefaultsInput!) {\n    setSessionKindDefaults(input: $input) {\n      ...KindDefaultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetKindDefaults($kind: SessionKind!) {\n    resetSessionKindDefaults(kind: $kind) {\n      ...KindDefaultsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetKindDefaults($kind: SessionKind!) {\n    resetSessionKindDefaults(kind: $kind) {\n      ...KindDefaultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollMemberFields on RollMember {\n    id\n    name\n    accountId\n    accountName\n    seatLabel\n    seatCode\n    seatClaimed\n  }\n"): (typeof documents)["\n  fragment RollMemberFields on RollMember {\n    id\n    name\n    accountId\n    accountName\n    seatLabel\n    seatCode\n    seatClaimed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollRepresentativeFields on Account {\n    id\n    username\n    displayName\n  }\n"): (typeof documents)["\n  fragment RollRepresentativeFields on Account {\n    id\n    username\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStudioRoll($sessionId: ID!) {\n    studioRoll(sessionId: $sessionId) {\n      ...RollMemberFields\n    }\n  }\n"): (typeof documents)["\n  query AdminStudioRoll($sessionId: ID!) {\n    studioRoll(sessionId: $sessionId) {\n      ...RollMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddToRoll($input: AddToRollInput!) {\n    addToRoll(input: $input) {\n      ...RollMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddToRoll($input: AddToRollInput!) {\n    addToRoll(input: $input) {\n      ...RollMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveFromRoll($id: ID!) {\n    removeFromRoll(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveFromRoll($id: ID!) {\n    removeFromRoll(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      id\n      code\n      label\n      name\n      claimed\n    }\n  }\n"): (typeof documents)["\n  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {\n    issueSeatCodes(input: $input) {\n      id\n      code\n      label\n      name\n      claimed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRollRepresentatives($search: String) {\n    accounts(first: 100, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        ...RollRepresentativeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRollRepresentatives($search: String) {\n    accounts(first: 100, role: REPRESENTATIVE, search: $search) {\n      nodes {\n        ...RollRepresentativeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    name\n    claimed\n  }\n"): (typeof documents)["\n  fragment SeatCodeFields on SeatCode {\n    id\n    code\n    label\n    name\n    claimed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n"): (typeof documents)["\n  query AdminSeatCodes($sessionId: ID!) {\n    seatCodes(sessionId: $sessionId) {\n      ...SeatCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSession($input: SessionInput!) {\n    createSession(input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPublishSession($id: ID!) {\n    publishSession(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterEntryFields on RosterEntry {\n    id\n    name\n    maskedPhone\n  }\n"): (typeof documents)["\n  fragment RosterEntryFields on RosterEntry {\n    id\n    name\n    maskedPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOnlineRoster($sessionId: ID!) {\n    onlineRoster(sessionId: $sessionId) {\n      ...RosterEntryFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOnlineRoster($sessionId: ID!) {\n    onlineRoster(sessionId: $sessionId) {\n      ...RosterEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportOnlineRoster($input: ImportRosterInput!) {\n    importOnlineRoster(input: $input)\n  }\n"): (typeof documents)["\n  mutation AdminImportOnlineRoster($input: ImportRosterInput!) {\n    importOnlineRoster(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddQuestion($sessionId: ID!, $input: QuestionInput!) {\n    addQuestion(sessionId: $sessionId, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveQuestion($id: ID!) {\n    removeQuestion(id: $id) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReorderQuestions($sessionId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(sessionId: $sessionId, questionIds: $questionIds) {\n      ...SessionDetailFields\n      questions {\n        ...AdminPlanItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessionList($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SessionListFields\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsChannelFields on ChannelStats {\n    total\n    satisfactionRate\n  }\n"): (typeof documents)["\n  fragment StatsChannelFields on ChannelStats {\n    total\n    satisfactionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsSessions($period: StatsPeriodInput, $first: Int!, $kind: SessionKind) {\n    sessionStats(period: $period, first: $first, kind: $kind) {\n      totalCount\n      nodes {\n        sessionId\n        title\n        kind\n        scheduledAt\n        questions\n        rounds\n        composite\n        satisfiedOutcomes\n        unsatisfiedOutcomes\n        studioTurnoutRate\n        studio {\n          ...StatsChannelFields\n        }\n        online {\n          ...StatsChannelFields\n        }\n      }\n    }\n    sessionKindStats(period: $period) {\n      kind\n      sessions\n      items\n      rounds\n      composite\n      byOutcome {\n        outcome\n        count\n      }\n    }\n    yearStats(period: $period, kind: $kind) {\n      year\n      sessions\n      rounds\n      composite\n      studio {\n        ...StatsChannelFields\n      }\n      online {\n        ...StatsChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatsSessions($period: StatsPeriodInput, $first: Int!, $kind: SessionKind) {\n    sessionStats(period: $period, first: $first, kind: $kind) {\n      totalCount\n      nodes {\n        sessionId\n        title\n        kind\n        scheduledAt\n        questions\n        rounds\n        composite\n        satisfiedOutcomes\n        unsatisfiedOutcomes\n        studioTurnoutRate\n        studio {\n          ...StatsChannelFields\n        }\n        online {\n          ...StatsChannelFields\n        }\n      }\n    }\n    sessionKindStats(period: $period) {\n      kind\n      sessions\n      items\n      rounds\n      composite\n      byOutcome {\n        outcome\n        count\n      }\n    }\n    yearStats(period: $period, kind: $kind) {\n      year\n      sessions\n      rounds\n      composite\n      studio {\n        ...StatsChannelFields\n      }\n      online {\n        ...StatsChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsDepartments($period: StatsPeriodInput, $first: Int!) {\n    departmentStats(period: $period, first: $first) {\n      nodes {\n        departmentId\n        shortName\n        rounds\n        composite\n        followUp {\n          items\n          due\n          onTimeRate\n          overdue\n          reopened\n        }\n      }\n    }\n    departmentLeague(period: $period) {\n      formula\n      formulaZh\n      weights {\n        satisfaction\n        onTime\n        notReopened\n      }\n      rows {\n        rank\n        departmentId\n        name\n        score\n        satisfaction\n        onTimeRate\n        notReopenedRate\n        questions\n        items\n        due\n        reopened\n        answerRate\n        resolveRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatsDepartments($period: StatsPeriodInput, $first: Int!) {\n    departmentStats(period: $period, first: $first) {\n      nodes {\n        departmentId\n        shortName\n        rounds\n        composite\n        followUp {\n          items\n          due\n          onTimeRate\n          overdue\n          reopened\n        }\n      }\n    }\n    departmentLeague(period: $period) {\n      formula\n      formulaZh\n      weights {\n        satisfaction\n        onTime\n        notReopened\n      }\n      rows {\n        rank\n        departmentId\n        name\n        score\n        satisfaction\n        onTimeRate\n        notReopenedRate\n        questions\n        items\n        due\n        reopened\n        answerRate\n        resolveRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsFollowUpsAndClues($period: StatsPeriodInput) {\n    followUpStats(period: $period) {\n      items\n      due\n      onTime\n      onTimeRate\n      overdue\n      reopened\n      reopenedShare\n      closed\n      answered\n      answerRate\n      judged\n      resolved\n      resolveRate\n      byStatus {\n        status\n        count\n      }\n    }\n    clueVolumes(period: $period) {\n      total\n      byCategory {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n      byOutcome {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatsFollowUpsAndClues($period: StatsPeriodInput) {\n    followUpStats(period: $period) {\n      items\n      due\n      onTime\n      onTimeRate\n      overdue\n      reopened\n      reopenedShare\n      closed\n      answered\n      answerRate\n      judged\n      resolved\n      resolveRate\n      byStatus {\n        status\n        count\n      }\n    }\n    clueVolumes(period: $period) {\n      total\n      byCategory {\n        category\n        categoryName\n        categoryNameEn\n        count\n      }\n      byOutcome {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSessionDisclosure($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      settings {\n        onlineIdentity\n      }\n    }\n    sessionDisclosure(sessionId: $sessionId) {\n      sessionId\n      title\n      theme\n      kind\n      scheduledAt\n      questions {\n        id\n        position\n        title\n        subject\n        departmentName\n        respondent\n        district\n        budget\n        ballotType\n        result {\n          ...DisclosureResultFields\n        }\n        followUps {\n          id\n          title\n          commitment\n          deadline\n          status\n          overdue\n          departmentName\n          progress\n          handlingRound\n          lookBackResult {\n            ...DisclosureResultFields\n          }\n          accountability {\n            kind\n            measure\n            body\n            takenOn\n            officialName\n            officialPost\n            issuedBy\n            referenceNumber\n          }\n          timeline {\n            id\n            action\n            at\n            note\n            percent\n            deadline\n            handlingRound\n            evidence {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSessionDisclosure($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      settings {\n        onlineIdentity\n      }\n    }\n    sessionDisclosure(sessionId: $sessionId) {\n      sessionId\n      title\n      theme\n      kind\n      scheduledAt\n      questions {\n        id\n        position\n        title\n        subject\n        departmentName\n        respondent\n        district\n        budget\n        ballotType\n        result {\n          ...DisclosureResultFields\n        }\n        followUps {\n          id\n          title\n          commitment\n          deadline\n          status\n          overdue\n          departmentName\n          progress\n          handlingRound\n          lookBackResult {\n            ...DisclosureResultFields\n          }\n          accountability {\n            kind\n            measure\n            body\n            takenOn\n            officialName\n            officialPost\n            issuedBy\n            referenceNumber\n          }\n          timeline {\n            id\n            action\n            at\n            note\n            percent\n            deadline\n            handlingRound\n            evidence {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosureResultFields on RoundResultType {\n    ...LiveRoundResultFields\n  }\n"): (typeof documents)["\n  fragment DisclosureResultFields on RoundResultType {\n    ...LiveRoundResultFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSessionIndex($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        title\n        theme\n        scheduledAt\n        status\n        kind\n        joinCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PublicSessionIndex($first: Int!, $after: String, $search: String) {\n    sessions(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        title\n        theme\n        scheduledAt\n        status\n        kind\n        joinCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPublishedMessages($sessionId: ID!) {\n    publishedMessages(sessionId: $sessionId) {\n      id\n      body\n      senderName\n      upvotes\n      approvedAt\n      putToRespondentAt\n    }\n  }\n"): (typeof documents)["\n  query PublicPublishedMessages($sessionId: ID!) {\n    publishedMessages(sessionId: $sessionId) {\n      id\n      body\n      senderName\n      upvotes\n      approvedAt\n      putToRespondentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostPreLiveCheck($sessionId: ID!) {\n    preLiveCheck(sessionId: $sessionId) {\n      code\n      blocker\n      message\n    }\n  }\n"): (typeof documents)["\n  query HostPreLiveCheck($sessionId: ID!) {\n    preLiveCheck(sessionId: $sessionId) {\n      code\n      blocker\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  query HostConnectedPhones($sessionId: ID!) {\n    connectedPhones(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostAddressVolumes($sessionId: ID!) {\n    addressVolumes(sessionId: $sessionId) {\n      joinFlagLevel\n      ballotFlagLevel\n      flaggedCount\n      addresses {\n        address\n        joins\n        ballots\n        topRoundBallots\n        flagged\n      }\n    }\n  }\n"): (typeof documents)["\n  query HostAddressVolumes($sessionId: ID!) {\n    addressVolumes(sessionId: $sessionId) {\n      joinFlagLevel\n      ballotFlagLevel\n      flaggedCount\n      addresses {\n        address\n        joins\n        ballots\n        topRoundBallots\n        flagged\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  query ServerTime {\n    serverTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HostRoundTally($roundId: ID!) {\n    roundTallyChanged(roundId: $roundId) {\n      roundId\n      sequence\n      studioVoted\n      onlineVoted\n      studioElectorate\n      result {\n        ...RoundResultFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query HostMessageSettings($id: ID!) {\n    session(id: $id) {\n      id\n      messageSettings {\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostMessages($sessionId: ID!) {\n    hostMessages(sessionId: $sessionId) {\n      id\n      questionId\n      questionTitle\n      body\n      senderName\n      pinned\n      upvotes\n      createdAt\n      putToRespondentAt\n    }\n  }\n"): (typeof documents)["\n  query HostMessages($sessionId: ID!) {\n    hostMessages(sessionId: $sessionId) {\n      id\n      questionId\n      questionTitle\n      body\n      senderName\n      pinned\n      upvotes\n      createdAt\n      putToRespondentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HostMessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      sessionId\n      enabled\n      approvedCount\n    }\n  }\n"): (typeof documents)["\n  subscription HostMessageWallChanged($sessionId: ID!) {\n    messageWallChanged(sessionId: $sessionId) {\n      sessionId\n      enabled\n      approvedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostSetMessagesEnabled($sessionId: ID!, $enabled: Boolean!) {\n    setMessageSettings(sessionId: $sessionId, input: { enabled: $enabled }) {\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation HostSetMessagesEnabled($sessionId: ID!, $enabled: Boolean!) {\n    setMessageSettings(sessionId: $sessionId, input: { enabled: $enabled }) {\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostPutMessage($id: ID!) {\n    putMessageToRespondent(id: $id) {\n      id\n      putToRespondentAt\n    }\n  }\n"): (typeof documents)["\n  mutation HostPutMessage($id: ID!) {\n    putMessageToRespondent(id: $id) {\n      id\n      putToRespondentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostLiveHealth($sessionId: ID!) {\n    liveHealth(sessionId: $sessionId) {\n      windowSeconds\n      webSocketClients\n      workers {\n        worker\n        clients\n      }\n      votesPerSecond\n      ackP50Seconds\n      ackP99Seconds\n      fanOutP50Seconds\n      fanOutP99Seconds\n      intakeQueueDepth\n      databaseUp\n      redisUp\n    }\n  }\n"): (typeof documents)["\n  query HostLiveHealth($sessionId: ID!) {\n    liveHealth(sessionId: $sessionId) {\n      windowSeconds\n      webSocketClients\n      workers {\n        worker\n        clients\n      }\n      votesPerSecond\n      ackP50Seconds\n      ackP99Seconds\n      fanOutP50Seconds\n      fanOutP99Seconds\n      intakeQueueDepth\n      databaseUp\n      redisUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationMessageFields on AudienceMessage {\n    id\n    sessionId\n    questionId\n    questionTitle\n    body\n    senderName\n    status\n    rejectReason\n    blockedWords\n    pinned\n    upvotes\n    createdAt\n    moderatedAt\n    waitedSeconds\n    putToRespondentAt\n  }\n"): (typeof documents)["\n  fragment ModerationMessageFields on AudienceMessage {\n    id\n    sessionId\n    questionId\n    questionTitle\n    body\n    senderName\n    status\n    rejectReason\n    blockedWords\n    pinned\n    upvotes\n    createdAt\n    moderatedAt\n    waitedSeconds\n    putToRespondentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerateSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      messageSettings {\n        enabled\n        keepBlocked\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerateSession($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      theme\n      status\n      messageSettings {\n        enabled\n        keepBlocked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($sessionId: ID!, $status: MessageStatus!, $first: Int!, $after: String, $search: String) {\n    moderationQueue(sessionId: $sessionId, status: $status, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ModerationMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($sessionId: ID!, $status: MessageStatus!, $first: Int!, $after: String, $search: String) {\n    moderationQueue(sessionId: $sessionId, status: $status, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ModerationMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModerationQueueChanged($sessionId: ID!) {\n    moderationQueueChanged(sessionId: $sessionId) {\n      messages {\n        ...ModerationMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ModerationQueueChanged($sessionId: ID!) {\n    moderationQueueChanged(sessionId: $sessionId) {\n      messages {\n        ...ModerationMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      ...ModerationMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      ...ModerationMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMessage($id: ID!, $reason: String!) {\n    rejectMessage(id: $id, reason: $reason) {\n      ...ModerationMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMessage($id: ID!, $reason: String!) {\n    rejectMessage(id: $id, reason: $reason) {\n      ...ModerationMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinMessage($id: ID!, $pinned: Boolean!) {\n    pinMessage(id: $id, pinned: $pinned) {\n      ...ModerationMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinMessage($id: ID!, $pinned: Boolean!) {\n    pinMessage(id: $id, pinned: $pinned) {\n      ...ModerationMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicClueRegisterDevice {\n    registerDevice\n  }\n"): (typeof documents)["\n  mutation PublicClueRegisterDevice {\n    registerDevice\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicClueCallFields on ClueCall {\n    open\n    opensAt\n    closesAt\n    session {\n      id\n      title\n      theme\n      scheduledAt\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment PublicClueCallFields on ClueCall {\n    open\n    opensAt\n    closesAt\n    session {\n      id\n      title\n      theme\n      scheduledAt\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...PublicClueCallFields\n    }\n  }\n"): (typeof documents)["\n  query PublicClueCall($sessionId: ID!) {\n    clueCall(sessionId: $sessionId) {\n      ...PublicClueCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClueCalls {\n    clueCalls {\n      ...PublicClueCallFields\n    }\n  }\n"): (typeof documents)["\n  query PublicClueCalls {\n    clueCalls {\n      ...PublicClueCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query PublicClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicSubmitClue($input: SubmitClueInput!) {\n    submitClue(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation PublicSubmitClue($input: SubmitClueInput!) {\n    submitClue(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTrackClue($code: String!) {\n    trackClue(code: $code) {\n      trackingCode\n      title\n      category\n      categoryName\n      categoryNameEn\n      status\n      published\n      supportCount\n      submittedAt\n      session {\n        id\n        title\n        theme\n      }\n      publicReply\n      replyBy\n      rejectReason\n      rejectNote\n      departmentName\n      mergedInto {\n        id\n        title\n        status\n      }\n      question {\n        title\n        phase\n        departmentName\n        respondent\n        result {\n          outcome\n          composite\n        }\n      }\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      followUps {\n        id\n        title\n        status\n        deadline\n        departmentName\n        progress\n        overdue\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n"): (typeof documents)["\n  query PublicTrackClue($code: String!) {\n    trackClue(code: $code) {\n      trackingCode\n      title\n      category\n      categoryName\n      categoryNameEn\n      status\n      published\n      supportCount\n      submittedAt\n      session {\n        id\n        title\n        theme\n      }\n      publicReply\n      replyBy\n      rejectReason\n      rejectNote\n      departmentName\n      mergedInto {\n        id\n        title\n        status\n      }\n      question {\n        title\n        phase\n        departmentName\n        respondent\n        result {\n          outcome\n          composite\n        }\n      }\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      followUps {\n        id\n        title\n        status\n        deadline\n        departmentName\n        progress\n        overdue\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicClueVerdict($input: ClueVerdictInput!) {\n    giveClueVerdict(input: $input) {\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n"): (typeof documents)["\n  mutation PublicClueVerdict($input: ClueVerdictInput!) {\n    giveClueVerdict(input: $input) {\n      timeline {\n        action\n        at\n        note\n        by\n      }\n      verdict\n      verdictComment\n      verdictAt\n      verdictOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClues($first: Int!, $after: String, $search: String, $sessionId: ID, $orderBy: PublicClueOrder!) {\n    publicClues(first: $first, after: $after, search: $search, sessionId: $sessionId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        description\n        category\n        categoryName\n        categoryNameEn\n        location\n        status\n        supportCount\n        supportedByMe\n        publicReply\n        createdAt\n        session {\n          id\n          theme\n        }\n        photos {\n          id\n          url\n          width\n          height\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicClues($first: Int!, $after: String, $search: String, $sessionId: ID, $orderBy: PublicClueOrder!) {\n    publicClues(first: $first, after: $after, search: $search, sessionId: $sessionId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        description\n        category\n        categoryName\n        categoryNameEn\n        location\n        status\n        supportCount\n        supportedByMe\n        publicReply\n        createdAt\n        session {\n          id\n          theme\n        }\n        photos {\n          id\n          url\n          width\n          height\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicSupportClue($clueId: ID!) {\n    supportClue(clueId: $clueId) {\n      clueId\n      supportCount\n    }\n  }\n"): (typeof documents)["\n  mutation PublicSupportClue($clueId: ID!) {\n    supportClue(clueId: $clueId) {\n      clueId\n      supportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicClueStats($sessionId: ID) {\n    clueStats(sessionId: $sessionId) {\n      received\n      pending\n      accepted\n      merged\n      rejected\n      referred\n      published\n      rejectReasons {\n        reason\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClueSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicClueSessions {\n    sessions(first: 50) {\n      nodes {\n        id\n        title\n        theme\n        status\n        scheduledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRepresentative($code: String!) {\n    publicRepresentative(code: $code) {\n      name\n      district\n      station\n      bio\n      photoUrl\n      code\n      active\n      cluesReceived\n      cluesAnswered\n      reviews {\n        sessionId\n        sessionTitle\n        title\n        publishedAt\n        outcome\n        satisfactionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRepresentative($code: String!) {\n    publicRepresentative(code: $code) {\n      name\n      district\n      station\n      bio\n      photoUrl\n      code\n      active\n      cluesReceived\n      cluesAnswered\n      reviews {\n        sessionId\n        sessionTitle\n        title\n        publishedAt\n        outcome\n        satisfactionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRepresentative {\n    myRepresentative {\n      id\n      name\n      district\n      station\n      code\n      active\n      photoUrl\n    }\n  }\n"): (typeof documents)["\n  query MyRepresentative {\n    myRepresentative {\n      id\n      name\n      district\n      station\n      code\n      active\n      photoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentativeInboxClueFields on RepresentativeInboxClue {\n    id\n    trackingCode\n    title\n    description\n    category\n    categoryName\n    location\n    submitterName\n    anonymous\n    status\n    publicReply\n    repliedAt\n    forwardedAt\n    followUpId\n    photoUrls\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RepresentativeInboxClueFields on RepresentativeInboxClue {\n    id\n    trackingCode\n    title\n    description\n    category\n    categoryName\n    location\n    submitterName\n    anonymous\n    status\n    publicReply\n    repliedAt\n    forwardedAt\n    followUpId\n    photoUrls\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeInbox($first: Int!, $after: String, $search: String, $status: ClueStatus) {\n    representativeInbox(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RepresentativeInboxClueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeInbox($first: Int!, $after: String, $search: String, $status: ClueStatus) {\n    representativeInbox(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RepresentativeInboxClueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeClueCategories {\n    clueCategories {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeDepartments($first: Int!) {\n    departments(first: $first) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeDepartments($first: Int!) {\n    departments(first: $first) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeReplyToClue($clueId: ID!, $reply: String!) {\n    replyToClueAsRepresentative(clueId: $clueId, reply: $reply) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeReplyToClue($clueId: ID!, $reply: String!) {\n    replyToClueAsRepresentative(clueId: $clueId, reply: $reply) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeForwardClue($clueId: ID!, $note: String) {\n    forwardClueToStaff(clueId: $clueId, note: $note) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeForwardClue($clueId: ID!, $note: String) {\n    forwardClueToStaff(clueId: $clueId, note: $note) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeDispatchClue($input: RepresentativeDispatchInput!) {\n    dispatchClueAsRepresentative(input: $input) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeDispatchClue($input: RepresentativeDispatchInput!) {\n    dispatchClueAsRepresentative(input: $input) {\n      ...RepresentativeInboxClueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeSupervisedFollowUps($first: Int!, $after: String, $search: String) {\n    supervisedFollowUps(first: $first, after: $after, search: $search) {\n      ...FollowUpPageFields\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeSupervisedFollowUps($first: Int!, $after: String, $search: String) {\n    supervisedFollowUps(first: $first, after: $after, search: $search) {\n      ...FollowUpPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentativeItemFields on FollowUp {\n    ...FollowUpDetailFields\n    ...FollowUpSupervisionFields\n  }\n"): (typeof documents)["\n  fragment RepresentativeItemFields on FollowUp {\n    ...FollowUpDetailFields\n    ...FollowUpSupervisionFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeItem($id: ID!) {\n    followUp(id: $id) {\n      ...RepresentativeItemFields\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeItem($id: ID!) {\n    followUp(id: $id) {\n      ...RepresentativeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeCommentOnFollowUp($id: ID!, $note: String!) {\n    commentOnFollowUp(id: $id, note: $note) {\n      ...RepresentativeItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeCommentOnFollowUp($id: ID!, $note: String!) {\n    commentOnFollowUp(id: $id, note: $note) {\n      ...RepresentativeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeScoreFollowUp($input: ScoreFollowUpInput!) {\n    scoreFollowUp(input: $input) {\n      ...RepresentativeItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeScoreFollowUp($input: ScoreFollowUpInput!) {\n    scoreFollowUp(input: $input) {\n      ...RepresentativeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentativeProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    sessionTitle\n  }\n"): (typeof documents)["\n  fragment RepresentativeProposalFields on QuestionProposal {\n    ...QuestionProposalFields\n    sessionTitle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeProposals {\n    questionProposals {\n      ...RepresentativeProposalFields\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeProposals {\n    questionProposals {\n      ...RepresentativeProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeProposalSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        theme\n        kind\n        status\n        scheduledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeProposalSessions($first: Int!) {\n    sessions(first: $first) {\n      nodes {\n        id\n        title\n        theme\n        kind\n        status\n        scheduledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativeProposeQuestion($input: ProposeQuestionInput!) {\n    proposeQuestion(input: $input) {\n      ...RepresentativeProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepresentativeProposeQuestion($input: ProposeQuestionInput!) {\n    proposeQuestion(input: $input) {\n      ...RepresentativeProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeParticipation($from: DateTimeISO!, $to: DateTimeISO!) {\n    representativeParticipation(from: $from, to: $to) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeParticipation($from: DateTimeISO!, $to: DateTimeISO!) {\n    representativeParticipation(from: $from, to: $to) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenSession($id: ID!) {\n    publicUrl\n    session(id: $id) {\n      id\n      title\n      theme\n      kind\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        subject\n        district\n        budget\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreenSession($id: ID!) {\n    publicUrl\n    session(id: $id) {\n      id\n      title\n      theme\n      kind\n      status\n      joinCode\n      studioElectorate\n      stateVersion\n      questions {\n        id\n        position\n        title\n        questioner\n        respondent\n        subject\n        district\n        budget\n        phase\n        department {\n          shortName\n          name\n        }\n        round {\n          id\n          status\n          result {\n            ...LiveRoundResultFields\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SecurityAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorUsername\n        actorName\n        action\n        subjectType\n        subjectId\n        detail\n        chainSeq\n        hash\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorUsername\n        actorName\n        action\n        subjectType\n        subjectId\n        detail\n        chainSeq\n        hash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityAuditChainStatus {\n    auditChainStatus {\n      sealed\n      unsealed\n      firstSeq\n      intact\n      broken {\n        chainSeq\n        entryId\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityAuditChainStatus {\n    auditChainStatus {\n      sealed\n      unsealed\n      firstSeq\n      intact\n      broken {\n        chainSeq\n        entryId\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteRequestCode($input: RequestVoteCodeInput!) {\n    requestVoteCode(input: $input) {\n      maskedPhone\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation VoteRequestCode($input: RequestVoteCodeInput!) {\n    requestVoteCode(input: $input) {\n      maskedPhone\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteJoinWithCode($input: JoinWithCodeInput!) {\n    joinWithCode(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation VoteJoinWithCode($input: JoinWithCodeInput!) {\n    joinWithCode(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation VoteClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      token\n      sessionId\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation VoteJoinSession($joinCode: String!) {\n    joinSession(joinCode: $joinCode) {\n      token\n      sessionId\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      picks\n      replayed\n    }\n  }\n"): (typeof documents)["\n  mutation VoteCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      roundId\n      choice\n      picks\n      replayed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"): (typeof documents)["\n  query VoteLiveState($sessionId: ID!) {\n    liveState(sessionId: $sessionId) {\n      ...LiveStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VoteSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteUpvoteMessage($messageId: ID!) {\n    upvoteMessage(messageId: $messageId) {\n      id\n      upvotes\n    }\n  }\n"): (typeof documents)["\n  mutation VoteUpvoteMessage($messageId: ID!) {\n    upvoteMessage(messageId: $messageId) {\n      id\n      upvotes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;