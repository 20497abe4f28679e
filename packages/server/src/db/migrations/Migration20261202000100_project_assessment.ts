import { Migration } from '@mikro-orm/migrations';

// A passed 民生实事 project's item points at its year-end satisfaction round (issue 17).
export class Migration20261202000100_project_assessment extends Migration {

  override name = 'Migration20261202000100_project_assessment';

  override up(): void | Promise<void> {
    this.addSql(`alter table "follow_up" add "assessment_session_id" uuid null;`);
    this.addSql(`create index "follow_up_assessment_session_id_index" on "follow_up" ("assessment_session_id");`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_assessment_session_id_foreign" foreign key ("assessment_session_id") references "session" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "follow_up" drop constraint "follow_up_assessment_session_id_foreign";`);
    this.addSql(`drop index "follow_up_assessment_session_id_index";`);
    this.addSql(`alter table "follow_up" drop column "assessment_session_id";`);
  }

}
