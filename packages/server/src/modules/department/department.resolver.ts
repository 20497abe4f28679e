import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { CreateDepartmentInput } from './department.inputs.js';
import { createDepartment, listDepartments } from './department.service.js';
import { DepartmentPage, DepartmentType } from './department.type.js';

@Resolver()
export class DepartmentResolver {
  @Allow('ADMIN', 'REPRESENTATIVE', 'SECURITY_ADMIN')
  @Query(() => DepartmentPage, {
    description:
      'Departments by name; representatives pick one when they dispatch a clue or propose a question, security administrators when they create a department’s account.',
  })
  departments(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return listDepartments(ctx, args, DepartmentType.from);
  }

  @Allow('ADMIN')
  @Mutation(() => DepartmentType)
  async createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    return DepartmentType.from(await createDepartment(ctx, input));
  }
}
