import { Migration } from '@mikro-orm/migrations';

// 选民评议: an agenda item assessing a representative points at their record.
export class Migration20261202110000_reviewed_representative extends Migration {

  override name = 'Migration20261202110000_reviewed_representative';

  override up(): void | Promise<void> {
    this.addSql(`alter table "question" add "representative_id" uuid null;`);
    this.addSql(`create index "question_representative_id_index" on "question" ("representative_id");`);
    this.addSql(`alter table "question" add constraint "question_representative_id_foreign" foreign key ("representative_id") references "representative" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "question" drop constraint "question_representative_id_foreign";`);
    this.addSql(`drop index "question_representative_id_index";`);
    this.addSql(`alter table "question" drop column "representative_id";`);
  }

}
