import { Migration } from '@mikro-orm/migrations';

// The submitter's word (issue 19): text messages to a clue's submitter, kept as an outbox with one row
// per event (the key makes each once), and their 已解决 / 未解决 once the follow-up is closed.
export class Migration20261202530000_submitter_word extends Migration {
  override name = 'Migration20261202530000_submitter_word';

  override up(): void | Promise<void> {
    this.addSql(`create table "clue_notice" (
      "key" varchar(160) not null,
      "clue_id" uuid not null,
      "event" text check ("event" in ('ACCEPTED', 'ON_AIR', 'CLOSED')) not null,
      "text" varchar(400) not null,
      "delivery" text check ("delivery" in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING',
      "attempts" int not null default 0,
      "error" varchar(300) null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null,
      primary key ("key"));`);
    this.addSql(`create index "clue_notice_clue_id_index" on "clue_notice" ("clue_id");`);
    this.addSql(`create index "clue_notice_delivery_index" on "clue_notice" ("delivery");`);
    this.addSql(
      `alter table "clue_notice" add constraint "clue_notice_clue_id_foreign" foreign key ("clue_id") references "clue" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "clue" add "verdict" text check ("verdict" in ('RESOLVED', 'UNRESOLVED')) null;`);
    this.addSql(`alter table "clue" add "verdict_comment" varchar(500) null;`);
    this.addSql(`alter table "clue" add "verdict_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "clue_notice" cascade;`);
    this.addSql(`alter table "clue" drop column "verdict", drop column "verdict_comment", drop column "verdict_at";`);
  }
}
