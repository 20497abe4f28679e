import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Committee } from './committee.entity.js';

@ObjectType('Committee', { description: '专（工）委: supervises follow-up items and reports on them (督办报告).' })
export class CommitteeType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Full name, e.g. 财政经济委员会.' }) name!: string;
  @Field(() => String, { description: 'Short name, e.g. 财经委.' }) shortName!: string;
  @Field(() => Boolean, { description: 'Only active committees can be given items or accounts.' }) active!: boolean;
  @Field(() => Int, { description: 'Where it stands in lists, smallest first.' }) position!: number;
  @Field(() => Date) createdAt!: Date;

  static from(entity: Committee): CommitteeType {
    return Object.assign(new CommitteeType(), {
      id: entity.id,
      name: entity.name,
      shortName: entity.shortName,
      active: entity.active,
      position: entity.position,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType({ description: 'A committee as an item or account names it.' })
export class CommitteeRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;

  static from(entity: Pick<Committee, 'id' | 'name' | 'shortName'>): CommitteeRef {
    return Object.assign(new CommitteeRef(), { id: entity.id, name: entity.name, shortName: entity.shortName });
  }
}
