import { flushUnique } from '../../db/constraints.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Committee } from './committee.entity.js';
import type { CommitteeInput, UpdateCommitteeInput } from './committee.inputs.js';

/** Committees in their order, then by name; inactive ones only when asked. */
export function listCommittees(ctx: Caller, includeInactive: boolean): Promise<Committee[]> {
  return ctx.em.find(Committee, includeInactive ? {} : { active: true }, { orderBy: { position: 'asc', name: 'asc', id: 'asc' } });
}

export async function getCommittee(ctx: Caller, id: string): Promise<Committee> {
  const committee = await ctx.em.findOne(Committee, { id });
  if (!committee) throw notFound('The committee');
  return committee;
}

/** A committee that items or accounts may be given now: it exists and is active. */
export async function activeCommittee(ctx: Caller, id: string, field: string): Promise<Committee> {
  const committee = await ctx.em.findOne(Committee, { id });
  if (!committee) throw badInput(field, 'Choose a committee from the list.');
  if (!committee.active) throw badInput(field, `${committee.name} is deactivated; choose an active committee.`);
  return committee;
}

/** Names without surrounding blanks; blank names are refused. */
function names(input: CommitteeInput): { name: string; shortName: string } {
  const name = input.name.trim();
  const shortName = input.shortName.trim();
  if (name.length < 2) throw badInput('name', 'The full name needs at least 2 characters.');
  if (!shortName) throw badInput('shortName', 'Enter the short name.');
  return { name, shortName };
}

const DUPLICATE = 'A committee with this name or short name already exists.';

/** Adds a committee; both names must be unique. */
export async function createCommittee(ctx: Caller, input: CommitteeInput): Promise<Committee> {
  const committee = ctx.em.create(Committee, { ...names(input), position: input.position });
  recordAudit(ctx.em, ctx.viewer, 'committee.create', { type: 'Committee', id: committee.id }, { name: committee.name });
  await flushUnique(ctx.em, 'name', DUPLICATE);
  return committee;
}

/** Renames, reorders, deactivates or reactivates a committee; the audit entry keeps what it was. */
export async function updateCommittee(ctx: Caller, input: UpdateCommitteeInput): Promise<Committee> {
  const committee = await getCommittee(ctx, input.id);
  const before = { name: committee.name, shortName: committee.shortName, position: committee.position, active: committee.active };
  ctx.em.assign(committee, { ...names(input), position: input.position, active: input.active ?? committee.active });
  const after = { name: committee.name, shortName: committee.shortName, position: committee.position, active: committee.active };
  if (JSON.stringify(before) === JSON.stringify(after)) throw new DomainError('BAD_USER_INPUT', 'Nothing changed.', { field: 'id' });
  recordAudit(ctx.em, ctx.viewer, 'committee.update', { type: 'Committee', id: committee.id }, { before, after });
  await flushUnique(ctx.em, 'name', DUPLICATE);
  return committee;
}
