import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import { flushUnique } from '../../db/constraints.js';
import { notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { publishDirectoryEvent } from '../directory/directory.service.js';
import { Department } from './department.entity.js';
import type { CreateDepartmentInput } from './department.inputs.js';

/** Lists departments by name, optionally filtered by a part of either name. */
export function listDepartments<T>(ctx: Caller, args: PageArgs, map: (department: Department) => T) {
  const pattern = args.search ? containsPattern(args.search) : undefined;
  const where = pattern ? { $or: [{ name: { $ilike: pattern } }, { shortName: { $ilike: pattern } }] } : {};
  return findPage(ctx.em, Department, { where, orderBy: { name: 'asc', id: 'asc' }, args }, map);
}

export async function getDepartment(ctx: Caller, id: string): Promise<Department> {
  const department = await ctx.em.findOne(Department, { id });
  if (!department) throw notFound('The department');
  return department;
}

/** Adds a department; both names must be unique. */
export async function createDepartment(ctx: Scope<{ pubsub: PubSub }>, input: CreateDepartmentInput): Promise<Department> {
  const department = ctx.em.create(Department, { name: input.name.trim(), shortName: input.shortName.trim() });
  recordAudit(ctx.em, ctx.viewer, 'department.create', { type: 'Department', id: department.id }, { name: department.name });
  await flushUnique(ctx.em, 'name', 'A department with this name or short name already exists.');
  await publishDirectoryEvent(ctx, { change: 'DEPARTMENT_CREATED', departmentId: department.id });
  return department;
}
