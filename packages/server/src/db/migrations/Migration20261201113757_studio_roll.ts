import { Migration } from '@mikro-orm/migrations';

export class Migration20261201113757_studio_roll extends Migration {

  override name = 'Migration20261201113757_studio_roll';

  override up(): void | Promise<void> {
    this.addSql(`create table "roll_member" ("id" uuid not null, "session_id" uuid not null, "name" varchar(60) not null, "account_id" uuid null, "seat_code" varchar(12) not null, "seat_label" varchar(40) not null, "seat_claimed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "roll_member" add constraint "roll_member_session_id_seat_code_unique" unique ("session_id", "seat_code");`);
    this.addSql(`alter table "roll_member" add constraint "roll_member_session_id_account_id_unique" unique ("session_id", "account_id");`);

    // Each printed seat code becomes an unnamed person on the roll, known by the seat's label; a claimed
    // seat's votes keep their voter under the new key.
    this.addSql(`insert into "roll_member" ("id", "session_id", "name", "account_id", "seat_code", "seat_label", "seat_claimed_at", "created_at") select "id", "session_id", "label", null, "code", "label", "claimed_at", now() from "seat_code";`);
    this.addSql(`update "vote_register" set "voter_key" = 'member:' || substr("voter_key", 6) where "voter_key" like 'seat:%';`);
    this.addSql(`drop table if exists "seat_code" cascade;`);

    this.addSql(`alter table "roll_member" add constraint "roll_member_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "roll_member" add constraint "roll_member_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "seat_code" ("id" uuid not null, "session_id" uuid not null, "code" varchar(12) not null, "label" varchar(40) not null, "claimed_at" timestamptz(6) null, primary key ("id"));`);
    this.addSql(`alter table "seat_code" add constraint "seat_code_session_id_code_unique" unique ("session_id", "code");`);

    this.addSql(`insert into "seat_code" ("id", "session_id", "code", "label", "claimed_at") select "id", "session_id", "seat_code", "seat_label", "seat_claimed_at" from "roll_member";`);
    this.addSql(`update "vote_register" set "voter_key" = 'seat:' || substr("voter_key", 8) where "voter_key" like 'member:%';`);
    this.addSql(`drop table if exists "roll_member" cascade;`);

    this.addSql(`alter table "seat_code" add constraint "seat_code_session_id_foreign" foreign key ("session_id") references "session" ("id") on update no action on delete cascade;`);
  }

}
