import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/**
 * How big one GraphQL document may be, the same on HTTP and WebSocket. Checked once per distinct
 * document text (Apollo's document store over HTTP, DocumentCache over WebSocket), so the few
 * operations phones repeat thousands of times, like castVote, pay for it once. A test keeps every
 * operation of the web app inside these limits (query-limits.test.ts).
 */
export const queryLimits = {
  /** The web app's deepest operations (the session detail and live state) reach 10, counting each fragment spread as a level. */
  maxDepth: 12,
  /** The web app uses no aliases; a handful serves hand-written staff tools, while hundreds of aliased logins or joins in one request do not get through. */
  maxAliases: 10,
  /**
   * graphql-armor's estimate (objects 2, scalars 1, ×1.5 per level, × a literal `first`): the web
   * app's largest operations cost about 810, and a full page of 200 sessions with the screen's
   * selection about 3,250.
   */
  maxCost: 5_000,
  /** The web app's largest operation, with its fragments, has about 115 tokens; this bounds parsing before anything else runs. */
  maxTokens: 1_000,
  /** The web app uses none; @include/@skip on a few fields is plenty, while thousands of them make validation slow. */
  maxDirectives: 20,
} as const;

// graphql-armor's rules throw by default, which would escape graphql-js's `validate` and surface as
// an internal error; reported instead, they come back as GRAPHQL_VALIDATION_FAILED like any rule's.
const reportInstead = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Validation rules beyond graphql-js's own, for Apollo's `validationRules` and the WebSocket DocumentCache. */
export const queryLimitRules: ValidationRule[] = [
  maxDepthRule({ n: queryLimits.maxDepth, ...reportInstead }),
  maxAliasesRule({ n: queryLimits.maxAliases, ...reportInstead }),
  costLimitRule({ maxCost: queryLimits.maxCost, ...reportInstead }),
  maxDirectivesRule({ n: queryLimits.maxDirectives, ...reportInstead }),
] as unknown as ValidationRule[];

/**
 * The token limit is graphql-js's own parser option (graphql-armor's max-tokens is a replacement
 * parser, which Apollo offers no hook for): over it, parsing stops with GRAPHQL_PARSE_FAILED.
 */
export const queryParseOptions: ParseOptions = { maxTokens: queryLimits.maxTokens };
