// Calls any root operation of the schema with made-up arguments: plausible ones (access tests) or
// fuzzed ones (fast-check), built from the argument types alone, so new operations are covered as
// soon as they exist.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import fc from 'fast-check';
import type { RootOperation } from '../graphql/access-matrix.js';

/** `mutation Call($a: T!) { field(a: $a) { __typename } }`: every argument as a variable of its own type. */
export function documentFor(op: RootOperation): string {
  const args = op.field.args;
  // An argument with a default may take a nullable variable, so it can be left out.
  const variables = args.map((a) => `$${a.name}: ${a.defaultValue !== undefined ? String(getNullableType(a.type)) : String(a.type)}`);
  const call = args.length ? `${op.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : op.name;
  const selection = isCompositeType(getNamedType(op.field.type)) ? ' { __typename }' : '';
  return `${op.kind} Call${variables.length ? `(${variables.join(', ')})` : ''} { ${call}${selection} }`;
}

const plausibleScalars: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'test',
  Int: 1,
  Float: 1.5,
  Boolean: false,
  DateTimeISO: '2030-01-01T08:00:00.000Z',
  DateTime: '2030-01-01T08:00:00.000Z',
  Date: '2030-01-01',
  JSON: {},
  JSONObject: {},
  EmailAddress: 'someone@example.com',
  PhoneNumber: '+8613800000000',
  URL: 'https://example.com/',
  UUID: '00000000-0000-4000-8000-000000000000',
};

/** A value of the type that passes GraphQL's coercion: required input fields filled, enums their first value. */
export function plausibleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType);
  if (isListType(type)) return [plausibleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, plausibleValue(f.type)]));
  }
  return type.name in plausibleScalars ? plausibleScalars[type.name] : 'test';
}

/** Variables for every required argument of the operation. */
export function plausibleVariables(op: RootOperation): Record<string, unknown> {
  return Object.fromEntries(
    op.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, plausibleValue(a.type)]),
  );
}

// --- fuzzing -------------------------------------------------------------------------------------

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '123456',
    'ADMIN',
    'null',
    "'; drop table session; --",
    '%_\\',
    '\u202e',
    '👍🏽👨‍👩‍👧',
    '县住房和城乡建设局',
    '  spaced  ',
    'a'.repeat(10_000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 5_000 }),
  fc.uuid().map(String),
  fc.stringMatching(/^\d{6}$/),
  fc.stringMatching(/^[a-z0-9._-]{3,40}$/),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const edgeInt = fc.oneof(fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31)), fc.integer());
const edgeFloat = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MIN_VALUE, 0.1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * Arbitrary values GraphQL may or may not accept for the type: wrong kinds, nulls, out-of-range
 * numbers, unicode, emoji, very long and empty strings, enum-like strings that are not members.
 */
export function arbitraryValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const wrong = fc.oneof(fc.constant(null), hostileString, edgeInt, fc.boolean(), fc.constant({}), fc.constant([]));
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    right = fc.array(arbitraryValue(inner.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 30 });
  } else if (isEnumType(inner)) {
    right = fc.oneof(
      fc.constantFrom(...inner.getValues().map((v) => v.value)),
      fc.constantFrom('', 'admin', 'SUPER_ADMIN', 'UNKNOWN'),
      hostileString,
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    right = fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryValue(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  } else {
    right =
      inner.name === 'Int'
        ? edgeInt
        : inner.name === 'Float'
          ? edgeFloat
          : inner.name === 'Boolean'
            ? fc.boolean()
            : inner.name === 'ID'
              ? fc.oneof(fc.uuid().map(String), hostileString)
              : hostileString;
  }
  // Mostly well-typed, so the calls get past GraphQL's coercion and into the services.
  return fc.oneof(
    { arbitrary: right, weight: 8 },
    { arbitrary: nullable ? fc.constant(null) : wrong, weight: 1 },
    { arbitrary: wrong, weight: 1 },
  );
}

/** Variables for every argument of the operation (optional ones sometimes left out). */
export function arbitraryVariables(op: RootOperation): fc.Arbitrary<Record<string, unknown>> {
  const args = op.field.args;
  return fc.record(Object.fromEntries(args.map((a) => [a.name, arbitraryValue(a.type)])), {
    requiredKeys: args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name),
  }) as fc.Arbitrary<Record<string, unknown>>;
}
