import { Account } from '../modules/account/account.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuthSession } from '../modules/auth/auth-session.entity.js';
import { Clue } from '../modules/clue/clue.entity.js';
import { Department } from '../modules/department/department.entity.js';
import { Question } from '../modules/question/question.entity.js';
import { Session } from '../modules/session/session.entity.js';

/** Every persisted entity; adding a module's entity means adding it here and creating a migration. */
export const entities = [Department, Account, AuthSession, AuditEntry, Session, Question, Clue];
