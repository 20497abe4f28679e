import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger.js';

/** Stable codes clients may rely on, in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'INVALID_PHASE'
  | 'ALREADY_VOTED'
  | 'VOTING_CLOSED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A refusal the caller can act on; thrown by services, mapped once in `formatError`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });

/** First failing constraint, with the dotted path of the field that failed it. */
function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** Codes that graphql-js and Apollo produce themselves and that are safe to pass through. */
const passThroughCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** Maps any error to a client-safe one with a stable code; unknown errors are logged and masked. */
export function toClientError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const violation = firstViolation(original.extensions.validationErrors as unknown as ValidationError[]);
    return {
      ...base,
      message: violation ? `${violation.field}: ${violation.message}` : 'The input is not valid.',
      extensions: { code: 'BAD_USER_INPUT', field: violation?.field },
    };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'Your role may not do this.', extensions: { code: 'FORBIDDEN' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThroughCodes.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { ...formatted, extensions: { code } };
  }
  logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  return { ...base, message: 'Something went wrong on the server. Try again; if it persists, tell the administrator.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
