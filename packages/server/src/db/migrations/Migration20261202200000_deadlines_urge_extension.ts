import { Migration } from '@mikro-orm/migrations';

// Deadlines in working days (issue 19): each kind's default handling time, the escalation ladder,
// staff overrides of the holiday calendar, extension requests (one pending per item), and the rung
// an item has reached.
export class Migration20261202200000_deadlines_urge_extension extends Migration {

  override name = 'Migration20261202200000_deadlines_urge_extension';

  override up(): void | Promise<void> {
    this.addSql(`create table "deadline_default" ("kind" text not null, "working_days" int not null, primary key ("kind"));`);

    this.addSql(`create table "escalation_step" ("days" int not null, "level" text not null, primary key ("days"));`);
    this.addSql(`alter table "escalation_step" add constraint "escalation_step_level_unique" unique ("level");`);

    this.addSql(`create table "holiday_override" ("date" varchar(10) not null, "working" boolean not null, "note" varchar(100) not null, "updated_at" timestamptz not null, primary key ("date"));`);

    this.addSql(`create table "extension_request" ("id" uuid not null, "follow_up_id" uuid not null, "department_id" uuid not null, "requested_by_id" uuid not null, "reason" varchar(1000) not null, "current_deadline" timestamptz not null, "proposed_deadline" timestamptz not null, "status" text not null default 'PENDING', "decided_by_id" uuid null, "decision_note" varchar(1000) null, "decided_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "extension_request_follow_up_id_index" on "extension_request" ("follow_up_id");`);
    this.addSql(`create unique index "extension_request_one_pending" on "extension_request" ("follow_up_id") where "status" = 'PENDING';`);

    this.addSql(`alter table "follow_up" add "escalation" text null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_escalation_check" check ("escalation" in ('URGE', 'COMMITTEE', 'DIRECTORS_MEETING'));`);

    this.addSql(`alter table "deadline_default" add constraint "deadline_default_positive" check (working_days > 0);`);
    this.addSql(`alter table "deadline_default" add constraint "deadline_default_kind_check" check ("kind" in ('ANSWER', 'CLUE', 'REOPEN'));`);

    this.addSql(`alter table "escalation_step" add constraint "escalation_step_days_positive" check (days > 0);`);
    this.addSql(`alter table "escalation_step" add constraint "escalation_step_level_check" check ("level" in ('URGE', 'COMMITTEE', 'DIRECTORS_MEETING'));`);

    this.addSql(`alter table "extension_request" add constraint "extension_request_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete cascade;`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_status_check" check ("status" in ('PENDING', 'APPROVED', 'REFUSED'));`);

    // The defaults staff start from: about a month for a promise or a redo, three weeks for a referred clue;
    // 催办 at 3 working days late, the supervising committee at 10, the 主任会议 at 20.
    this.addSql(`insert into "deadline_default" ("kind", "working_days") values ('ANSWER', 20), ('CLUE', 15), ('REOPEN', 20);`);
    this.addSql(`insert into "escalation_step" ("days", "level") values (3, 'URGE'), (10, 'COMMITTEE'), (20, 'DIRECTORS_MEETING');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "deadline_default" cascade;`);
    this.addSql(`drop table if exists "escalation_step" cascade;`);
    this.addSql(`drop table if exists "holiday_override" cascade;`);
    this.addSql(`drop table if exists "extension_request" cascade;`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_escalation_check";`);
    this.addSql(`alter table "follow_up" drop column "escalation";`);
  }

}
