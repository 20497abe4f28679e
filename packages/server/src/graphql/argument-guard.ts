import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from './errors.js';

type Check = (value: unknown, path: string) => void;

// Every id an operation takes is a UUID (the whole-number keys of append-only logs are never taken
// as arguments); an operation that needs to take one should accept it as a String.
const idShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is an id this server could have made (every id is a UUID). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && idShape.test(value);

const checkId: Check = (value, path) => {
  if (typeof value === 'string' && !isUuid(value)) throw badInput(path, `${path} is not an id; pass an id you received from this server.`);
};
const checkText: Check = (value, path) => {
  if (typeof value === 'string' && value.includes('\u0000'))
    throw badInput(path, `${path} contains a NUL character, which text may not contain.`);
};

/**
 * Refuses, before any resolver runs, argument values that cannot name or become anything of ours:
 * an ID that is not a UUID, and text with a NUL character. The caller gets
 * BAD_USER_INPUT naming the argument, and the database never sees a statement that must fail: the
 * embedded database (PGlite 0.5) loses a little stack with every failed statement and, after a few
 * thousand, refuses every larger query until the server restarts. Applied to root fields only, once
 * per operation, so the vote path pays a regular expression per vote.
 */
export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  const checkers = new Map<GraphQLInputType, Check | null>();
  const roots = [
    [schema.getQueryType(), 'resolve'],
    [schema.getMutationType(), 'resolve'],
    [schema.getSubscriptionType(), 'subscribe'],
  ] as const;
  for (const [root, hook] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const check = argumentsChecker(field.args, checkers);
      const inner = field[hook];
      if (!check || !inner) continue;
      const guarded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        check(args);
        return inner(source, args, context, info);
      };
      field[hook] = guarded;
    }
  }
  return schema;
}

function argumentsChecker(args: readonly GraphQLArgument[], checkers: Map<GraphQLInputType, Check | null>) {
  const checks = args.flatMap((arg) => {
    const check = checkerFor(arg.type, checkers);
    return check ? [[arg.name, check] as const] : [];
  });
  if (checks.length === 0) return undefined;
  // Fields are named as class-validator names them: inside an input object, without the argument's name.
  const paths = new Map(args.map((arg) => [arg.name, isInputObjectType(getNamedType(arg.type)) ? '' : arg.name]));
  return (values: Record<string, unknown>) => {
    for (const [name, check] of checks) check(values[name], paths.get(name)!);
  };
}

/** A checker for values of the type, or null when nothing in it needs checking. */
function checkerFor(type: GraphQLInputType, checkers: Map<GraphQLInputType, Check | null>): Check | null {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (checkers.has(nullable)) return checkers.get(nullable)!;
  if (isListType(nullable)) {
    const item = checkerFor(nullable.ofType, checkers);
    const check: Check | null =
      item &&
      ((value, path) => {
        if (Array.isArray(value)) for (const v of value) item(v, path);
      });
    checkers.set(nullable, check);
    return check;
  }
  if (isInputObjectType(nullable)) {
    // Set first: an input type may contain itself.
    let fields: (readonly [string, Check])[] = [];
    const check: Check = (value, path) => {
      if (value && typeof value === 'object')
        for (const [name, c] of fields) c((value as Record<string, unknown>)[name], path ? `${path}.${name}` : name);
    };
    checkers.set(nullable, check);
    fields = Object.values(nullable.getFields()).flatMap((f) => {
      const c = checkerFor(f.type, checkers);
      return c ? [[f.name, c] as const] : [];
    });
    if (fields.length === 0) checkers.set(nullable, null);
    return fields.length ? check : null;
  }
  const check = nullable.toString() === 'ID' ? checkId : nullable.toString() === 'String' ? checkText : null;
  checkers.set(nullable, check);
  return check;
}
