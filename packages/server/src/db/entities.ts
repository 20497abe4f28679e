import { Account } from '../modules/account/account.entity.js';
import { AddressBallots, AddressJoins } from '../modules/anomaly/address-volume.entity.js';
import { JoinAnomaly } from '../modules/anomaly/join-anomaly.entity.js';
import { RosterEntry, VoteCode } from '../modules/identity/identity.entity.js';
import { AuditChainAnchor, AuditChainHead, AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuthSession } from '../modules/auth/auth-session.entity.js';
import { Committee } from '../modules/committee/committee.entity.js';
import { ClueCategory } from '../modules/clue/clue-category.entity.js';
import { Clue, CluePhoto, ClueSupport } from '../modules/clue/clue.entity.js';
import { ClueNotice } from '../modules/clue/submitter-word.entity.js';
import { Evidence, FollowUp, FollowUpEvent, Notification } from '../modules/follow-up/follow-up.entity.js';
import { FollowUpScore } from '../modules/follow-up/follow-up-score.entity.js';
import { AccountabilityRecord, FollowUpSettings, Mediation } from '../modules/follow-up/oversight.entity.js';
import { DeadlineDefault, EscalationStep, ExtensionRequest, HolidayOverride } from '../modules/follow-up/deadlines.entity.js';
import { FollowUpDocument, FollowUpDocumentCounter } from '../modules/follow-up/documents.entity.js';
import { QuestionProposal } from '../modules/representative/question-proposal.entity.js';
import { Representative } from '../modules/representative/representative.entity.js';
import { Department } from '../modules/department/department.entity.js';
import { AudienceMessage, MessageUpvote, SensitiveWord } from '../modules/interaction/interaction.entity.js';
import { Question } from '../modules/question/question.entity.js';
import { Session } from '../modules/session/session.entity.js';
import { SessionKindDefaults } from '../modules/session/session-kind-defaults.entity.js';
import { RollMember } from '../modules/roll/roll-member.entity.js';
import { ServerSecret } from '../modules/auth/server-secret.entity.js';
import { Ballot, VoteRegister } from '../modules/vote/ballot.entity.js';
import { VoteRound } from '../modules/vote/vote-round.entity.js';

/** Every persisted entity; adding a module's entity means adding it here and creating a migration. */
export const entities = [
  Department,
  Committee,
  Account,
  AuthSession,
  AuditEntry,
  AuditChainHead,
  AuditChainAnchor,
  ServerSecret,
  Session,
  SessionKindDefaults,
  Question,
  ClueCategory,
  Clue,
  CluePhoto,
  ClueSupport,
  ClueNotice,
  RollMember,
  VoteRound,
  VoteRegister,
  Ballot,
  JoinAnomaly,
  AddressJoins,
  AddressBallots,
  VoteCode,
  RosterEntry,
  FollowUp,
  FollowUpEvent,
  Evidence,
  Notification,
  Representative,
  FollowUpScore,
  HolidayOverride,
  EscalationStep,
  DeadlineDefault,
  ExtensionRequest,
  FollowUpSettings,
  Mediation,
  AccountabilityRecord,
  FollowUpDocument,
  FollowUpDocumentCounter,
  QuestionProposal,
  AudienceMessage,
  MessageUpvote,
  SensitiveWord,
];
