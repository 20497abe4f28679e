import { Migration } from '@mikro-orm/migrations';

// Representatives as actors (issue 18): records with their 代表码, clues addressed to them, supervisors and
// scores of follow-up items, items a representative dispatched, and question proposals.
export class Migration20261202010000_representatives extends Migration {

  override name = 'Migration20261202010000_representatives';

  override up(): void | Promise<void> {
    this.addSql(`create table "representative" ("id" uuid not null, "name" varchar(60) not null, "district" varchar(60) not null, "station" varchar(100) null, "bio" text null, "photo_key" uuid null, "code" varchar(8) not null, "active" boolean not null default true, "account_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "representative" add constraint "representative_code_unique" unique ("code");`);
    this.addSql(`alter table "representative" add constraint "representative_account_id_unique" unique ("account_id");`);
    this.addSql(`alter table "representative" add constraint "representative_name_district_unique" unique ("name", "district");`);

    this.addSql(`create table "question_proposal" ("id" uuid not null, "session_id" uuid not null, "representative_id" uuid not null, "title" varchar(200) not null, "body" text not null, "respondent" varchar(60) null, "department_id" uuid null, "status" text not null default 'PENDING', "decline_reason" varchar(500) null, "question_id" uuid null, "created_at" timestamptz not null, "decided_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "question_proposal_session_id_index" on "question_proposal" ("session_id");`);
    this.addSql(`create index "question_proposal_representative_id_index" on "question_proposal" ("representative_id");`);

    this.addSql(`create table "follow_up_score" ("id" uuid not null, "follow_up_id" uuid not null, "representative_id" uuid not null, "score" text not null, "note" varchar(500) null, "handling_round" int not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "follow_up_score_follow_up_id_index" on "follow_up_score" ("follow_up_id");`);
    this.addSql(`create index "follow_up_score_representative_id_index" on "follow_up_score" ("representative_id");`);
    this.addSql(`alter table "follow_up_score" add constraint "follow_up_score_follow_up_id_representative_id_ha_3b66d_unique" unique ("follow_up_id", "representative_id", "handling_round");`);

    this.addSql(`create table "follow_up_supervisor" ("follow_up_id" uuid not null, "representative_id" uuid not null, primary key ("follow_up_id", "representative_id"));`);

    this.addSql(`alter table "clue" add "representative_id" uuid null, add "reply_representative_id" uuid null, add "forwarded_at" timestamptz null, add "forward_note" varchar(500) null;`);
    this.addSql(`alter table "clue" add constraint "clue_representative_id_foreign" foreign key ("representative_id") references "representative" ("id") on delete set null;`);
    this.addSql(`alter table "clue" add constraint "clue_reply_representative_id_foreign" foreign key ("reply_representative_id") references "representative" ("id") on delete set null;`);
    this.addSql(`create index "clue_representative_id_index" on "clue" ("representative_id");`);

    this.addSql(`alter table "follow_up" add "requested_by_id" uuid null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_requested_by_id_foreign" foreign key ("requested_by_id") references "representative" ("id") on delete set null;`);
    this.addSql(`create index "follow_up_requested_by_id_index" on "follow_up" ("requested_by_id");`);

    this.addSql(`alter table "representative" add constraint "representative_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete set null;`);

    this.addSql(`alter table "question_proposal" add constraint "question_proposal_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "question_proposal" add constraint "question_proposal_representative_id_foreign" foreign key ("representative_id") references "representative" ("id") on delete cascade;`);
    this.addSql(`alter table "question_proposal" add constraint "question_proposal_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete set null;`);
    this.addSql(`alter table "question_proposal" add constraint "question_proposal_question_id_foreign" foreign key ("question_id") references "question" ("id") on delete set null;`);
    this.addSql(`alter table "question_proposal" add constraint "question_proposal_status_check" check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED'));`);

    this.addSql(`alter table "follow_up_score" add constraint "follow_up_score_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);
    this.addSql(`alter table "follow_up_score" add constraint "follow_up_score_representative_id_foreign" foreign key ("representative_id") references "representative" ("id") on delete cascade;`);
    this.addSql(`alter table "follow_up_score" add constraint "follow_up_score_score_check" check ("score" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);

    this.addSql(`alter table "follow_up_supervisor" add constraint "follow_up_supervisor_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_supervisor" add constraint "follow_up_supervisor_representative_id_foreign" foreign key ("representative_id") references "representative" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "question_proposal" drop constraint "question_proposal_representative_id_foreign";`);
    this.addSql(`alter table "clue" drop constraint "clue_representative_id_foreign";`);
    this.addSql(`alter table "clue" drop constraint "clue_reply_representative_id_foreign";`);
    this.addSql(`alter table "follow_up" drop constraint "follow_up_requested_by_id_foreign";`);
    this.addSql(`alter table "follow_up_score" drop constraint "follow_up_score_representative_id_foreign";`);
    this.addSql(`alter table "follow_up_supervisor" drop constraint "follow_up_supervisor_representative_id_foreign";`);

    this.addSql(`drop table if exists "representative" cascade;`);
    this.addSql(`drop table if exists "question_proposal" cascade;`);
    this.addSql(`drop table if exists "follow_up_score" cascade;`);
    this.addSql(`drop table if exists "follow_up_supervisor" cascade;`);

    this.addSql(`drop index "clue_representative_id_index";`);
    this.addSql(`alter table "clue" drop column "representative_id", drop column "reply_representative_id", drop column "forwarded_at", drop column "forward_note";`);

    this.addSql(`drop index "follow_up_requested_by_id_index";`);
    this.addSql(`alter table "follow_up" drop column "requested_by_id";`);
  }

}
