import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000000_initial extends Migration {

  override name = 'Migration20261121000000_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "action" varchar(60) not null, "subject_type" varchar(40) not null, "subject_id" varchar(60) null, "detail" jsonb null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(`create table "department" ("id" uuid not null, "name" varchar(100) not null, "short_name" varchar(30) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_name_unique" unique ("name");`);
    this.addSql(`alter table "department" add constraint "department_short_name_unique" unique ("short_name");`);

    this.addSql(`create table "account" ("id" uuid not null, "username" varchar(40) not null, "display_name" varchar(60) not null, "role" text not null, "password_hash" varchar(200) not null, "department_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_expires_at_index" on "auth_session" ("expires_at");`);

    this.addSql(`create table "server_secret" ("name" varchar(40) not null, "value" varchar(200) not null, "created_at" timestamptz not null, primary key ("name"));`);

    this.addSql(`create table "session" ("id" uuid not null, "title" varchar(100) not null, "theme" varchar(100) not null, "scheduled_at" timestamptz not null, "join_code" varchar(12) not null, "status" text not null default 'DRAFT', "stream_url" varchar(500) null, "settings" jsonb not null, "studio_electorate" int not null default 0, "rehearsal" boolean not null default false, "current_question_id" uuid null, "state_version" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_join_code_unique" unique ("join_code");`);

    this.addSql(`create table "seat_code" ("id" uuid not null, "session_id" uuid not null, "code" varchar(12) not null, "label" varchar(40) not null, "claimed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "seat_code" add constraint "seat_code_session_id_code_unique" unique ("session_id", "code");`);

    this.addSql(`create table "question" ("id" uuid not null, "session_id" uuid not null, "position" int not null, "title" varchar(200) not null, "body" text not null, "questioner" varchar(60) not null, "department_id" uuid not null, "respondent" varchar(60) not null, "clip_url" varchar(500) null, "phase" text not null default 'PENDING', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "question" add constraint "question_session_id_position_unique" unique ("session_id", "position") deferrable initially deferred;`);

    this.addSql(`create table "clue" ("id" uuid not null, "tracking_code" varchar(12) not null, "session_id" uuid null, "title" varchar(100) not null, "description" text not null, "category" varchar(30) not null, "location" varchar(200) null, "submitter_name" varchar(60) null, "submitter_phone" varchar(20) null, "anonymous" boolean not null default false, "status" text not null default 'SUBMITTED', "published" boolean not null default false, "question_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "clue" add constraint "clue_tracking_code_unique" unique ("tracking_code");`);

    this.addSql(`create table "vote_round" ("id" uuid not null, "session_id" uuid not null, "question_id" uuid not null, "status" text not null default 'SCHEDULED', "studio_opens_at" timestamptz not null, "studio_closes_at" timestamptz not null, "online_opens_at" timestamptz not null, "online_closes_at" timestamptz not null, "settings" jsonb not null, "result" jsonb null, "closed_at" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "vote_round" add constraint "vote_round_question_id_unique" unique ("question_id");`);

    this.addSql(`create table "vote_register" ("round_id" uuid not null, "voter_key" varchar(80) not null, "ballot_key" varchar(64) not null, "channel" text not null, "at" timestamptz not null default now(), primary key ("round_id", "voter_key"));`);

    this.addSql(`create table "ballot" ("id" uuid not null default gen_random_uuid(), "round_id" uuid not null, "channel" text not null, "choice" text not null, primary key ("id"));`);
    this.addSql(`create index "ballot_round_id_index" on "ballot" ("round_id");`);

    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit entries cannot be changed or deleted'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);

    this.addSql(`alter table "account" add constraint "account_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "account" add constraint "account_department_iff_role" check ((role = 'DEPARTMENT') = (department_id is not null));`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'HOST', 'DEPARTMENT', 'REPRESENTATIVE'));`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_current_question_id_foreign" foreign key ("current_question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "session" add constraint "session_status_check" check ("status" in ('DRAFT', 'PUBLISHED', 'LIVE', 'ENDED'));`);

    this.addSql(`alter table "seat_code" add constraint "seat_code_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "question" add constraint "question_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "question" add constraint "question_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "question" add constraint "question_phase_check" check ("phase" in ('PENDING', 'ASKING', 'ANSWERING', 'VOTING', 'CLOSED'));`);

    this.addSql(`alter table "clue" add constraint "clue_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete set null;`);
    this.addSql(`alter table "clue" add constraint "clue_question_id_foreign" foreign key ("question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "clue" add constraint "clue_status_check" check ("status" in ('SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED'));`);

    this.addSql(`alter table "vote_round" add constraint "vote_round_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "vote_round" add constraint "vote_round_question_id_foreign" foreign key ("question_id") references "question" ("id") on delete cascade;`);
    this.addSql(`alter table "vote_round" add constraint "vote_round_windows_ordered" check (studio_opens_at <= studio_closes_at and online_opens_at <= online_closes_at);`);
    this.addSql(`alter table "vote_round" add constraint "vote_round_status_check" check ("status" in ('SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED'));`);

    this.addSql(`alter table "vote_register" add constraint "vote_register_round_id_foreign" foreign key ("round_id") references "vote_round" ("id") on delete cascade;`);
    this.addSql(`alter table "vote_register" add constraint "vote_register_channel_check" check ("channel" in ('STUDIO', 'ONLINE'));`);

    this.addSql(`alter table "ballot" add constraint "ballot_round_id_foreign" foreign key ("round_id") references "vote_round" ("id") on delete cascade;`);
    this.addSql(`alter table "ballot" add constraint "ballot_channel_check" check ("channel" in ('STUDIO', 'ONLINE'));`);
    this.addSql(`alter table "ballot" add constraint "ballot_choice_check" check ("choice" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account" drop constraint "account_department_id_foreign";`);
    this.addSql(`alter table "question" drop constraint "question_department_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);
    this.addSql(`alter table "seat_code" drop constraint "seat_code_session_id_foreign";`);
    this.addSql(`alter table "question" drop constraint "question_session_id_foreign";`);
    this.addSql(`alter table "clue" drop constraint "clue_session_id_foreign";`);
    this.addSql(`alter table "vote_round" drop constraint "vote_round_session_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_current_question_id_foreign";`);
    this.addSql(`alter table "clue" drop constraint "clue_question_id_foreign";`);
    this.addSql(`alter table "vote_round" drop constraint "vote_round_question_id_foreign";`);
    this.addSql(`alter table "vote_register" drop constraint "vote_register_round_id_foreign";`);
    this.addSql(`alter table "ballot" drop constraint "ballot_round_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "department" cascade;`);
    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "auth_session" cascade;`);
    this.addSql(`drop table if exists "server_secret" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "seat_code" cascade;`);
    this.addSql(`drop table if exists "question" cascade;`);
    this.addSql(`drop table if exists "clue" cascade;`);
    this.addSql(`drop table if exists "vote_round" cascade;`);
    this.addSql(`drop table if exists "vote_register" cascade;`);
    this.addSql(`drop table if exists "ballot" cascade;`);
  }

}
