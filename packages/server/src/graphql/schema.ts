import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
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
import { castVoteField, VoteResolver } from '../modules/vote/vote.resolver.js';
import { LiveHealthResolver } from '../ops/live-health.resolver.js';
import { authChecker } from './access.js';
import type { Context } from './context.js';
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

/**
 * Root fields a vote storm calls thousands of times a second, resolved by plain functions in place of
 * type-graphql's resolvers. Only PUBLIC operations, so no auth checker is skipped (the build has no
 * global middlewares); each type-graphql method calls the same function, so the two cannot differ.
 */
const plainResolvers: Record<string, GraphQLFieldResolver<unknown, Context, any>> = { castVote: castVoteField };

export function usePlainResolvers(schema: GraphQLSchema, plain = plainResolvers): GraphQLSchema {
  const fields = schema.getMutationType()!.getFields();
  for (const [name, resolve] of Object.entries(plain)) {
    const field = fields[name]!;
    if (!(field.extensions.access as string[]).includes('PUBLIC'))
      throw new Error(`Mutation.${name} is not PUBLIC: its access check is in type-graphql's resolver, which a plain resolver skips`);
    field.resolve = resolve;
  }
  return schema;
}

/** Builds the executable schema; `emitTo` also writes its SDL to that file. */
export function buildAppSchema(pubSub: PubSub, options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  })
    .then((schema) => usePlainResolvers(schema))
    .then(guardRootArguments);
}
