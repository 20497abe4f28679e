// The departments every per-department figure is listed by.
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';

export interface DepartmentRow {
  id: string;
  name: string;
  shortName: string;
}

/** Departments by name, a page at a time (all of them without `first`). */
export async function departmentRows(
  em: EntityManager,
  page?: { first: number; after: [name: string, id: string] | null },
): Promise<{ rows: DepartmentRow[]; total: number }> {
  const cursor = page?.after ? 'where (d.name, d.id) > (?, ?::uuid)' : '';
  const [rows, [count]] = await Promise.all([
    em.execute<DepartmentRow[]>(
      `select d.id, d.name, d.short_name as "shortName" from department d ${cursor} order by d.name, d.id ${page ? `limit ${page.first + 1}` : ''}`,
      page?.after ?? [],
    ),
    em.execute<{ total: number }[]>('select count(*)::int as total from department'),
  ]);
  return { rows, total: count?.total ?? 0 };
}
