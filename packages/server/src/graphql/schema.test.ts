import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createAppPubSub } from './pubsub.js';
import { buildAppSchema, schemaFile, usePlainResolvers } from './schema.js';

describe('the schema contract', () => {
  it('matches the committed schema.graphql (run `pnpm schema` after changing the API)', async () => {
    const emitted = path.join(mkdtempSync(path.join(os.tmpdir(), 'wz-schema-')), 'schema.graphql');
    await buildAppSchema(createAppPubSub(), { emitTo: emitted });
    expect(readFileSync(schemaFile, 'utf8')).toBe(readFileSync(emitted, 'utf8'));
  });

  it('has every operation declare who may call it', async () => {
    const schema = await buildAppSchema(createAppPubSub());
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (t): t is GraphQLObjectType => t != null,
    );
    const undeclared = roots.flatMap((root) =>
      Object.values(root.getFields())
        .filter((field) => !Array.isArray(field.extensions.access) || field.extensions.access.length === 0)
        .map((field) => `${root.name}.${field.name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('puts plain resolvers in place of type-graphql’s only for PUBLIC operations, whose access check they cannot skip', async () => {
    const schema = await buildAppSchema(createAppPubSub());
    const plain = () => null;
    expect(() => usePlainResolvers(schema, { createSession: plain })).toThrow(/createSession is not PUBLIC/);
    usePlainResolvers(schema, { joinSession: plain });
    expect(schema.getMutationType()!.getFields().joinSession!.resolve).toBe(plain);
  });
});
