import { Migration } from '@mikro-orm/migrations';

export class Migration20261121155003_follow_up extends Migration {

  override name = 'Migration20261121155003_follow_up';

  override up(): void | Promise<void> {
    this.addSql(`create table "follow_up" ("id" uuid not null, "title" varchar(200) not null, "commitment" text not null, "deadline" timestamptz not null, "status" text not null default 'DRAFT', "department_id" uuid not null, "parent_id" uuid null, "weight" int not null default 1, "progress" int not null default 0, "question_id" uuid null, "source_clue_id" uuid null, "trigger_outcome" text null, "handling_round" int not null default 1, "evaluation_question_id" uuid null, "return_reason" varchar(500) null, "dispatched_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "follow_up_deadline_index" on "follow_up" ("deadline");`);
    this.addSql(`create index "follow_up_status_index" on "follow_up" ("status");`);
    this.addSql(`create index "follow_up_department_id_index" on "follow_up" ("department_id");`);
    this.addSql(`create index "follow_up_parent_id_index" on "follow_up" ("parent_id");`);
    this.addSql(`create index "follow_up_question_id_index" on "follow_up" ("question_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "dedupe_key" varchar(200) not null, "kind" varchar(30) not null, "department_id" uuid null, "follow_up_id" uuid not null, "message" varchar(500) not null, "read_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_department_id_index" on "notification" ("department_id");`);

    this.addSql(`create table "follow_up_event" ("id" bigserial primary key, "follow_up_id" uuid not null, "action" varchar(30) not null, "actor_id" uuid null, "note" text null, "percent" int null, "deadline" timestamptz null, "handling_round" int not null, "at" timestamptz not null);`);
    this.addSql(`create index "follow_up_event_follow_up_id_index" on "follow_up_event" ("follow_up_id");`);

    this.addSql(`create table "evidence" ("id" uuid not null, "event_id" bigint null, "uploader_id" uuid not null, "content_type" varchar(60) not null, "file_name" varchar(200) not null, "byte_size" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evidence_event_id_index" on "evidence" ("event_id");`);

    this.addSql(`create table "follow_up_co_department" ("follow_up_id" uuid not null, "department_id" uuid not null, primary key ("follow_up_id", "department_id"));`);

    this.addSql(`alter table "session" add "kind" text not null default 'REGULAR';`);
    this.addSql(`alter table "session" add constraint "session_kind_check" check ("kind" in ('REGULAR', 'LOOK_BACK'));`);

    this.addSql(`alter table "follow_up" add constraint "follow_up_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_parent_id_foreign" foreign key ("parent_id") references "follow_up" ("id") on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_question_id_foreign" foreign key ("question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_source_clue_id_foreign" foreign key ("source_clue_id") references "clue" ("id") on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_evaluation_question_id_foreign" foreign key ("evaluation_question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_progress_percent" check (progress >= 0 and progress <= 100);`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_weight_positive" check (weight > 0);`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_status_check" check ("status" in ('DRAFT', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'IN_PROGRESS', 'REPORTED', 'APPROVED', 'SENT_BACK', 'EVALUATING', 'CLOSED', 'REOPENED'));`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_trigger_outcome_check" check ("trigger_outcome" in ('SATISFIED', 'UNSATISFIED', 'NO_VOTES'));`);

    this.addSql(`alter table "notification" add constraint "notification_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);

    this.addSql(`alter table "follow_up_event" add constraint "follow_up_event_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);

    this.addSql(`alter table "evidence" add constraint "evidence_event_id_foreign" foreign key ("event_id") references "follow_up_event" ("id") on delete cascade;`);

    this.addSql(`alter table "follow_up_co_department" add constraint "follow_up_co_department_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_co_department" add constraint "follow_up_co_department_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "follow_up" drop constraint "follow_up_parent_id_foreign";`);
    this.addSql(`alter table "notification" drop constraint "notification_follow_up_id_foreign";`);
    this.addSql(`alter table "follow_up_event" drop constraint "follow_up_event_follow_up_id_foreign";`);
    this.addSql(`alter table "follow_up_co_department" drop constraint "follow_up_co_department_follow_up_id_foreign";`);
    this.addSql(`alter table "evidence" drop constraint "evidence_event_id_foreign";`);

    this.addSql(`drop table if exists "follow_up" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "follow_up_event" cascade;`);
    this.addSql(`drop table if exists "evidence" cascade;`);
    this.addSql(`drop table if exists "follow_up_co_department" cascade;`);

    this.addSql(`alter table "session" drop constraint "session_kind_check";`);
    this.addSql(`alter table "session" drop column "kind";`);
  }

}
