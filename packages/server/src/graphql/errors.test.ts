import { GraphQLError } from 'graphql';
import { DriverException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { DomainError, toClientError } from './errors.js';

const logger = createLogger('silent');
const asGraphQL = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('errors sent to clients', () => {
  it('keep the code, message and details of domain errors', () => {
    const error = asGraphQL(new DomainError('CONFLICT', 'Taken.', { field: 'name' }));
    expect(toClientError(error.toJSON(), error, logger)).toEqual({
      message: 'Taken.',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'CONFLICT', field: 'name' },
    });
  });

  it('mask unknown errors, so internals never leak', () => {
    const error = asGraphQL(new Error('relation "account" does not exist at 10.0.0.5 for 13912345678'));
    const sent = toClientError(error.toJSON(), error, logger);
    expect(sent.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(sent.message).not.toMatch(/relation|10\.0\.0\.5|1391234/);
  });

  it('mask unknown errors even when they claim a safe code', () => {
    const error = new GraphQLError('database password is x', { originalError: new Error('db'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(toClientError(error.toJSON(), error, logger).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('answer BAD_USER_INPUT when the database could not take a value from the request, without its details', () => {
    const dataError = asGraphQL(
      new DriverException(Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: '22P02' })),
    );
    const sent = toClientError(dataError.toJSON(), dataError, logger);
    expect(sent.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(sent.message).not.toMatch(/uuid|syntax/);
    const otherError = asGraphQL(new DriverException(Object.assign(new Error('deadlock detected'), { code: '40P01' })));
    expect(toClientError(otherError.toJSON(), otherError, logger).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('pass through errors from parsing and validating the query', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toClientError(error.toJSON(), error, logger)).toMatchObject({
      message: error.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
