import path from 'node:path';
import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { type Role } from '../modules/account/role.js';
import type { Access } from './access.js';

/** Who may call what, generated from every root field's `@Allow(...)`; `pnpm schema` rewrites it, a test checks it. */
export const accessMatrixFile = path.resolve(import.meta.dirname, '../../../../docs/access-matrix.md');

/** The callers the matrix distinguishes: nobody, a phone holding an audience pass, and each staff role. */
export const callers = [
  'anonymous',
  'audience-phone',
  'REPRESENTATIVE',
  'MODERATOR',
  'HOST',
  'DEPARTMENT',
  'ADMIN',
  'SECURITY_ADMIN',
] as const satisfies readonly ('anonymous' | 'audience-phone' | Role)[];
export type Caller = (typeof callers)[number];

export type RootKind = 'query' | 'mutation' | 'subscription';

export interface RootOperation {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
  access: Access[];
}

/** Every root field of the schema, queries first, then mutations, then subscriptions, each by name. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const roots: [RootKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {})
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((field) => ({ kind, name: field.name, field, access: (field.extensions.access as Access[] | undefined) ?? [] })),
  );
}

/**
 * What the access layer (type-graphql's auth checker, see access.ts) decides. An audience pass is
 * no account: at this layer a phone is anonymous, and only the services look at its pass.
 */
export function allows(access: readonly Access[], caller: Caller): boolean {
  if (access.includes('PUBLIC')) return true;
  if (caller === 'anonymous' || caller === 'audience-phone') return false;
  return access.includes('SIGNED_IN') || access.includes(caller);
}

/** The refusal a caller gets from the access layer: anonymous callers are told to sign in, staff without the role are refused. */
export const refusalCode = (caller: Caller) => (caller === 'anonymous' || caller === 'audience-phone' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

export function renderAccessMatrix(schema: GraphQLSchema): string {
  const rows = rootOperations(schema).map(
    (op) =>
      `| ${op.kind} | \`${op.name}\` | ${op.access.join(', ')} | ${callers.map((c) => (allows(op.access, c) ? 'allowed' : 'refused')).join(' | ')} |`,
  );
  return `<!-- Generated from the schema by \`pnpm schema\` (packages/server/src/graphql/access-matrix.ts); a test fails when it is out of date. -->

# Who may call what

Every root operation declares who may call it with \`@Allow(...)\` (packages/server/src/graphql/access.ts),
and the same declaration is enforced on HTTP and WebSocket. *Refused* means: callers without a staff
sign-in (anonymous, or a phone with only an audience pass) get \`UNAUTHENTICATED\`; signed-in staff
without the role get \`FORBIDDEN\`. \`packages/server/src/graphql/access-matrix.test.ts\` calls every
query and mutation as every caller against a real server and checks this table.

- **audience-phone**: a phone holding the pass from \`joinSession\` or \`claimSeat\`. The pass is not an
  account, so at this layer it is anonymous; the services check it where it matters (\`castVote\` needs
  a pass for the round's session, or a REPRESENTATIVE sign-in).
- **Beyond this table**, services narrow what an allowed caller sees or may do with a particular item:
  draft sessions are visible only to ADMIN and HOST, a round's live result stays hidden from the public
  while the session says so, and a question or round only changes in the phase its verb allows.
- **Data-level scoping** (a DEPARTMENT account reaching only its own department's items) is not an
  access declaration but a check in the service, tested in its module: a follow-up item of another
  department is left out of lists and refused with \`FORBIDDEN\` (packages/server/src/modules/follow-up/follow-up.test.ts).
  Any new operation on department-scoped items needs the same check and test.
- **Nested fields** go through the same check as their root, by the same function: another department's
  sub-item in \`children\` is listed for the breakdown only (\`readable: false\`: no timeline, notes, actor
  names, evidence or return reason), and a draft session is named nowhere \`session(id)\` would refuse it
  (clue tracking, public clues, a look-back step in a timeline). The access-matrix test checks a table of
  such nested paths as each role; a new nested path that reaches other data is one more row there.

| kind | operation | declared | ${callers.join(' | ')} |
| --- | --- | --- | ${callers.map(() => '---').join(' | ')} |
${rows.join('\n')}
`;
}
