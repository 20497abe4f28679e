import { Field, ID, ObjectType } from 'type-graphql';
import type { Department } from './department.entity.js';
import { PageOf } from '../../graphql/pagination.js';

@ObjectType('Department', { description: '应询部门/承办单位: a department that answers questions and carries out fixes.' })
export class DepartmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Full name, e.g. 县住房和城乡建设局.' })
  name!: string;

  @Field(() => String, { description: 'Short name for screens, e.g. 住建局.' })
  shortName!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(entity: Department): DepartmentType {
    return Object.assign(new DepartmentType(), {
      id: entity.id,
      name: entity.name,
      shortName: entity.shortName,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class DepartmentPage extends PageOf(DepartmentType) {}
