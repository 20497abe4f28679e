import { Migration } from '@mikro-orm/migrations';

export class Migration20261201135210_account_life_cycle extends Migration {

  override name = 'Migration20261201135210_account_life_cycle';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" add "deactivated_at" timestamptz null, add "must_change_password" boolean not null default false;`);

    this.addSql(`alter table "auth_session" add "ip" varchar(64) null;`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account" drop column "deactivated_at", drop column "must_change_password";`);

    this.addSql(`drop index "auth_session_account_id_index";`);
    this.addSql(`alter table "auth_session" drop column "ip";`);
  }

}
