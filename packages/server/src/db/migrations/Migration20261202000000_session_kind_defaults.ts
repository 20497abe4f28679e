import { Migration } from '@mikro-orm/migrations';

// Each kind's default rules become staff's to set (issue 17); a kind with no row keeps the shipped ones.
export class Migration20261202000000_session_kind_defaults extends Migration {

  override name = 'Migration20261202000000_session_kind_defaults';

  override up(): void | Promise<void> {
    this.addSql(`create table "session_kind_defaults" ("kind" varchar(30) not null, "settings" jsonb not null, "redo_months" int null, "updated_at" timestamptz not null, primary key ("kind"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "session_kind_defaults" cascade;`);
  }

}
