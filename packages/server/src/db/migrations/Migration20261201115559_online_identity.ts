import { Migration } from '@mikro-orm/migrations';

export class Migration20261201115559_online_identity extends Migration {

  override name = 'Migration20261201115559_online_identity';

  override up(): void | Promise<void> {
    this.addSql(`create table "roster_entry" ("id" uuid not null, "session_id" uuid not null, "name" varchar(60) not null, "phone_key" varchar(64) not null, "masked_phone" varchar(20) not null, "position" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "roster_entry" add constraint "roster_entry_session_id_phone_key_unique" unique ("session_id", "phone_key");`);

    this.addSql(`create table "vote_code" ("session_id" uuid not null, "phone_key" varchar(64) not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "tries" int not null default 0, "sent_at" timestamptz not null, "used_at" timestamptz null, primary key ("session_id", "phone_key"));`);

    this.addSql(`alter table "roster_entry" add constraint "roster_entry_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "vote_code" add constraint "vote_code_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "roster_entry" cascade;`);
    this.addSql(`drop table if exists "vote_code" cascade;`);
  }

}
