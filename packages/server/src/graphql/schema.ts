import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AnomalyResolver } from '../modules/anomaly/anomaly.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ClueResolver } from '../modules/clue/clue.resolver.js';
import { FollowUpResolver } from '../modules/follow-up/follow-up.resolver.js';
import { DeadlineResolver } from '../modules/follow-up/deadlines.resolver.js';
import { OversightResolver } from '../modules/follow-up/oversight.resolver.js';
import { FollowUpDocumentResolver } from '../modules/follow-up/documents.resolver.js';
import { CommitteeResolver } from '../modules/committee/committee.resolver.js';
import { FollowUpCommitteeResolver } from '../modules/follow-up/committees.resolver.js';
import { DepartmentResolver } from '../modules/department/department.resolver.js';
import { DirectoryResolver } from '../modules/directory/directory.resolver.js';
import { DisclosureResolver } from '../modules/disclosure/disclosure.resolver.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { InteractionResolver } from '../modules/interaction/interaction.resolver.js';
import { QuestionResolver } from '../modules/question/question.resolver.js';
import { RepresentativeResolver } from '../modules/representative/representative.resolver.js';
import { RollResolver } from '../modules/roll/roll.resolver.js';
import { SessionResolver } from '../modules/session/session.resolver.js';
import { SiteResolver } from '../modules/site/site.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import { VoteResolver } from '../modules/vote/vote.resolver.js';
import { LiveHealthResolver } from '../ops/live-health.resolver.js';
import { authChecker } from './access.js';
import { guardRootArguments } from './argument-guard.js';
import type { PubSub } from './pubsub.js';

/** Every module's resolvers; adding a module means adding it here. */
export const resolvers = [
  AuthResolver,
  AccountResolver,
  DepartmentResolver,
  DirectoryResolver,
  SessionResolver,
  QuestionResolver,
  VoteResolver,
  RollResolver,
  IdentityResolver,
  ClueResolver,
  FollowUpResolver,
  DeadlineResolver,
  OversightResolver,
  FollowUpDocumentResolver,
  CommitteeResolver,
  FollowUpCommitteeResolver,
  DisclosureResolver,
  AnomalyResolver,
  StatsResolver,
  SiteResolver,
  InteractionResolver,
  RepresentativeResolver,
  AuditResolver,
  LiveHealthResolver,
] as const;

/** The committed contract that clients generate their types from. */
export const schemaFile = path.resolve(import.meta.dirname, '../../../../schema.graphql');

/** Builds the executable schema; `emitTo` also writes its SDL to that file. */
export function buildAppSchema(pubSub: PubSub, options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  }).then(guardRootArguments);
}
