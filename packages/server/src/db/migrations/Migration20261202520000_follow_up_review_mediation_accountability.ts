import { Migration } from '@mikro-orm/migrations';

// Issue 19's oversight steps: the deployment's follow-up settings (staff review of department text,
// off by default), review state on timeline steps, 三方见面 (mediation) records, and 问责 measures
// and referrals to other oversight bodies.
export class Migration20261202520000_follow_up_review_mediation_accountability extends Migration {

  override name = 'Migration20261202520000_follow_up_review_mediation_accountability';

  override up(): void | Promise<void> {
    this.addSql(`create table "follow_up_settings" ("id" int not null, "progress_review" boolean not null default false, "updated_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "mediation" ("id" uuid not null, "follow_up_id" uuid not null, "event_id" bigint not null, "handling_round" int not null, "held_on" varchar(10) not null, "participants" jsonb not null, "outcome" text not null, "decision" text not null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "mediation_follow_up_id_index" on "mediation" ("follow_up_id");`);

    this.addSql(`create table "accountability_record" ("id" uuid not null, "follow_up_id" uuid not null, "kind" text not null, "measure" text null, "official_name" varchar(50) null, "official_post" varchar(100) null, "issued_by" varchar(100) null, "body" text null, "reference_number" varchar(100) null, "taken_on" varchar(10) not null, "note" varchar(1000) null, "published" boolean not null default false, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "accountability_record_follow_up_id_index" on "accountability_record" ("follow_up_id");`);

    this.addSql(`alter table "follow_up_event" add "review" text null, add "reviewed_by_id" uuid null, add "reviewed_at" timestamptz null, add "review_note" varchar(500) null;`);
    this.addSql(`alter table "follow_up_event" add constraint "follow_up_event_review_check" check ("review" in ('PENDING', 'APPROVED', 'RETURNED'));`);

    this.addSql(`alter table "follow_up_settings" add constraint "follow_up_settings_single_row" check (id = 1);`);

    this.addSql(`alter table "mediation" add constraint "mediation_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);
    this.addSql(`alter table "mediation" add constraint "mediation_event_id_foreign" foreign key ("event_id") references "follow_up_event" ("id") on delete cascade;`);
    this.addSql(`alter table "mediation" add constraint "mediation_decision_check" check ("decision" in ('REOPEN', 'CLOSE'));`);

    this.addSql(`alter table "accountability_record" add constraint "accountability_record_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);
    this.addSql(`alter table "accountability_record" add constraint "accountability_record_fields" check ((kind = 'MEASURE' and measure is not null and official_name is not null and issued_by is not null and body is null) or (kind = 'REFERRAL' and body is not null and reference_number is not null and measure is null));`);
    this.addSql(`alter table "accountability_record" add constraint "accountability_record_kind_check" check ("kind" in ('MEASURE', 'REFERRAL'));`);
    this.addSql(`alter table "accountability_record" add constraint "accountability_record_measure_check" check ("measure" in ('TALK', 'CIRCULATED_CRITICISM', 'ADMONITION', 'ORGANIZATIONAL', 'DISCIPLINARY'));`);
    this.addSql(`alter table "accountability_record" add constraint "accountability_record_body_check" check ("body" in ('DISCIPLINE', 'PROCURATORATE', 'AUDIT'));`);

    // Off: department text is published as written, as before.
    this.addSql(`insert into "follow_up_settings" ("id", "progress_review", "updated_at") values (1, false, now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "follow_up_settings" cascade;`);
    this.addSql(`drop table if exists "mediation" cascade;`);
    this.addSql(`drop table if exists "accountability_record" cascade;`);

    this.addSql(`alter table "follow_up_event" drop constraint "follow_up_event_review_check";`);
    this.addSql(`alter table "follow_up_event" drop column "review", drop column "reviewed_by_id", drop column "reviewed_at", drop column "review_note";`);
  }

}
