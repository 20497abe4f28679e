import { Migration } from '@mikro-orm/migrations';

// Issue 19's committees (专（工）委): the committees, the one that owns each follow-up item, and the
// one a staff account is bound to (only ADMIN accounts may be).
export class Migration20261202600000_committees extends Migration {
  override name = 'Migration20261202600000_committees';

  override up(): void | Promise<void> {
    this.addSql(`create table "committee" ("id" uuid not null, "name" varchar(100) not null, "short_name" varchar(30) not null, "active" boolean not null default true, "position" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "committee" add constraint "committee_name_unique" unique ("name");`);
    this.addSql(`alter table "committee" add constraint "committee_short_name_unique" unique ("short_name");`);

    this.addSql(`alter table "account" add "committee_id" uuid null;`);
    this.addSql(`alter table "account" add constraint "account_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on delete restrict;`);
    this.addSql(`alter table "account" add constraint "account_committee_only_admin" check (committee_id is null or role = 'ADMIN');`);

    this.addSql(`alter table "follow_up" add "committee_id" uuid null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on delete restrict;`);
    this.addSql(`create index "follow_up_committee_id_index" on "follow_up" ("committee_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account" drop constraint "account_committee_id_foreign";`);
    this.addSql(`alter table "follow_up" drop constraint "follow_up_committee_id_foreign";`);

    this.addSql(`drop table if exists "committee" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_committee_only_admin";`);
    this.addSql(`alter table "account" drop column "committee_id";`);

    this.addSql(`drop index "follow_up_committee_id_index";`);
    this.addSql(`alter table "follow_up" drop column "committee_id";`);
  }

}
