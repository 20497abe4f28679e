import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConnectionException, DriverException } from '@mikro-orm/core';
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
  | 'ACCOUNT_DISABLED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'PASSWORD_REUSED'
  | 'LOCKED'
  | 'OWN_ACCOUNT'
  | 'LAST_ADMIN'
  | 'RATE_LIMITED'
  | 'INVALID_PHASE'
  | 'ALREADY_VOTED'
  | 'NOT_ON_ROLL'
  | 'PRE_LIVE_CHECK'
  | 'CODE_REQUIRED'
  | 'CODE_INVALID'
  | 'CODE_EXPIRED'
  | 'VOTING_CLOSED'
  | 'COLLECTION_CLOSED'
  | 'ALREADY_SUPPORTED'
  | 'DEVICE_REQUIRED'
  | 'MESSAGES_CLOSED'
  | 'BLOCKED_WORDS'
  | 'ALREADY_UPVOTED'
  | 'REPRESENTATIVE_INACTIVE'
  | 'UNDO_EXPIRED'
  | 'UNDO_UNSAFE'
  | 'VERDICT_NOT_OPEN'
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
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

// Node's socket errors and PostgreSQL's connection failures (class 08 but 08P01, a malformed message;
// 57P01-57P03 shutting down or starting up; 53300 too many connections), and what the pg driver
// says when a connection breaks: the database is not there just now, and the same request will work
// once it is back. Retrying is safe: a vote is acknowledged only after its commit, and the same ballot
// sent again is answered as a replay.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const brokenConnection =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable)/;

/** Whether `error` (or its cause) says the database is unreachable, so that a retry may well succeed. */
export function isServiceUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    if (e instanceof ConnectionException) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (unavailableCodes.has(code) || (code.startsWith('08') && code !== '08P01'))) return true;
    if (brokenConnection.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some(isServiceUnavailable)) return true;
  }
  return false;
}

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
  // SQLSTATE class 22 (data exception): the database could not take a value the client sent, such as
  // an id that is no UUID, text with a NUL character or a number out of range (the embedded database
  // reports a NUL character as 08P01, a malformed message). Logged, since a service should have
  // refused the value first with a better message.
  if (
    original instanceof DriverException &&
    typeof original.code === 'string' &&
    (original.code.startsWith('22') || original.code === '08P01')
  ) {
    logger.warn({ err: original }, 'the database refused a value from a request');
    return {
      ...base,
      message: 'A value in the request is not valid here (for example, an id that is not an id of ours).',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (isServiceUnavailable(original)) {
    logger.warn({ err: original }, 'the database is unreachable; the request was refused as retryable (SERVICE_UNAVAILABLE)');
    return {
      ...base,
      message: 'The service is briefly unavailable. Try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThroughCodes.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { ...formatted, extensions: { code } };
  }
  logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  return {
    ...base,
    message: 'Something went wrong on the server. Try again; if it persists, tell the administrator.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
