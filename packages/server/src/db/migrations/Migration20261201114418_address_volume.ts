import { Migration } from '@mikro-orm/migrations';

export class Migration20261201114418_address_volume extends Migration {

  override name = 'Migration20261201114418_address_volume';

  override up(): void | Promise<void> {
    this.addSql(`create table "address_joins" ("session_id" uuid not null, "address" varchar(64) not null, "joins" int not null, "first_at" timestamptz not null, "last_at" timestamptz not null, primary key ("session_id", "address"));`);

    this.addSql(`create table "address_ballots" ("round_id" uuid not null, "address" varchar(64) not null, "ballots" int not null, primary key ("round_id", "address"));`);

    this.addSql(`alter table "address_joins" add constraint "address_joins_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "address_ballots" add constraint "address_ballots_round_id_foreign" foreign key ("round_id") references "vote_round" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "address_joins" cascade;`);
    this.addSql(`drop table if exists "address_ballots" cascade;`);
  }

}
