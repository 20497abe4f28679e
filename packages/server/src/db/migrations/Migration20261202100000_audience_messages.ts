import { Migration } from '@mikro-orm/migrations';

// 网络互动 (issue 18): viewers' messages with their upvotes, the sensitive-word list, each session's
// message settings, the MODERATOR role, and the masked number behind a proven phone's sender name.
export class Migration20261202100000_audience_messages extends Migration {

  override name = 'Migration20261202100000_audience_messages';

  override up(): void | Promise<void> {
    this.addSql(`create table "sensitive_word" ("id" uuid not null, "word" varchar(30) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "sensitive_word" add constraint "sensitive_word_word_unique" unique ("word");`);

    this.addSql(`create table "audience_message" ("id" uuid not null, "session_id" uuid not null, "question_id" uuid null, "body" varchar(140) not null, "sender_name" varchar(40) not null, "voter_key" varchar(100) not null, "status" text not null default 'PENDING', "reject_reason" varchar(100) null, "blocked_words" jsonb not null, "pinned" boolean not null default false, "upvotes" int not null default 0, "created_at" timestamptz not null, "moderated_at" timestamptz null, "approved_at" timestamptz null, "put_to_respondent_at" timestamptz null, "put_on_question_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "audience_message_session_id_status_created_at_index" on "audience_message" ("session_id", "status", "created_at");`);

    this.addSql(`create table "message_upvote" ("message_id" uuid not null, "voter_key" varchar(100) not null, "created_at" timestamptz not null, primary key ("message_id", "voter_key"));`);

    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'HOST', 'DEPARTMENT', 'REPRESENTATIVE', 'MODERATOR'));`);

    this.addSql(`alter table "session" add "messages_enabled" boolean not null default false, add "messages_keep_blocked" boolean not null default false, add "messages_published" boolean not null default false;`);

    this.addSql(`alter table "vote_code" add "masked_phone" varchar(20) null;`);

    this.addSql(`alter table "audience_message" add constraint "audience_message_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "audience_message" add constraint "audience_message_question_id_foreign" foreign key ("question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "audience_message" add constraint "audience_message_put_on_question_id_foreign" foreign key ("put_on_question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "audience_message" add constraint "audience_message_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'BLOCKED'));`);

    this.addSql(`alter table "message_upvote" add constraint "message_upvote_message_id_foreign" foreign key ("message_id") references "audience_message" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message_upvote" drop constraint "message_upvote_message_id_foreign";`);

    this.addSql(`drop table if exists "sensitive_word" cascade;`);
    this.addSql(`drop table if exists "audience_message" cascade;`);
    this.addSql(`drop table if exists "message_upvote" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'HOST', 'DEPARTMENT', 'REPRESENTATIVE'));`);

    this.addSql(`alter table "session" drop column "messages_enabled", drop column "messages_keep_blocked", drop column "messages_published";`);

    this.addSql(`alter table "vote_code" drop column "masked_phone";`);
  }

}
