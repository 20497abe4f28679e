// How an unreachable database reaches a client: a retryable SERVICE_UNAVAILABLE, never a masked
// internal error (the whole path, with a PostgreSQL restarted under live votes, is checked by
// `faults/database-restart.faults.test.ts`).
import { GraphQLError } from 'graphql';
import { ConnectionException, DriverException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { isServiceUnavailable, toClientError } from './errors.js';

const logger = createLogger('silent');
const sent = (original: Error) => {
  const error = new GraphQLError(original.message, { originalError: original, path: ['castVote'] });
  return toClientError(error.toJSON(), error, logger);
};
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('an unreachable database', () => {
  it('is answered SERVICE_UNAVAILABLE, with a wait, as the driver reports it on each path', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), // nobody listening (vote path: the raw driver error)
      new DriverException(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')), // the same through the ORM
      withCode('terminating connection due to administrator command', '57P01'), // a restart, mid-statement
      withCode('the database system is starting up', '57P03'),
      withCode('could not connect to server', '08006'),
      new Error('Connection terminated unexpectedly'), // the pg driver, when the connection breaks
      new ConnectionException(new Error('gone')),
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
      new Error('batch failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
    ]) {
      expect(sent(error)).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 }, path: ['castVote'] });
      expect(sent(error).message).not.toMatch(/127\.0\.0\.1|ECONN|terminat/);
    }
  });

  it('is not confused with refused values or other failures', () => {
    expect(isServiceUnavailable(withCode('invalid message format', '08P01'))).toBe(false); // a malformed message: BAD_USER_INPUT
    expect(isServiceUnavailable(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isServiceUnavailable(new Error('something else'))).toBe(false);
    expect(sent(withCode('duplicate key value', '23505')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
