import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200039_session_kinds extends Migration {

  override name = 'Migration20261201200039_session_kinds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_kind_check";`);
    this.addSql(`update "session" set "kind" = 'TV_QUESTIONING' where "kind" = 'REGULAR';`);
    this.addSql(`alter table "session" alter column "kind" set default 'TV_QUESTIONING';`);
    this.addSql(`alter table "session" add constraint "session_kind_check" check ("kind" in ('TV_QUESTIONING', 'SPECIAL_INQUIRY', 'REPORT_ASSESSMENT', 'PROJECT_VOTE', 'REPRESENTATIVE_REVIEW', 'LOOK_BACK'));`);

    this.addSql(`alter table "question" add "subject" text not null default 'ANSWER', add "district" varchar(60) null, add "budget" double precision null, add "document_key" varchar(200) null, add "document_name" varchar(200) null, add "ballot_type" text not null default 'SATISFACTION', add "candidates" jsonb null, add "max_choices" int null;`);
    this.addSql(`alter table "question" alter column "department_id" drop not null;`);
    this.addSql(`alter table "question" add constraint "question_subject_check" check ("subject" in ('ANSWER', 'REPORT', 'PROJECT', 'REPRESENTATIVE'));`);
    this.addSql(`alter table "question" add constraint "question_ballot_type_check" check ("ballot_type" in ('SATISFACTION', 'APPROVAL', 'CHOOSE_UP_TO_N'));`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_trigger_outcome_check";`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_trigger_outcome_check" check ("trigger_outcome" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'PASSED', 'REJECTED', 'TIED', 'NO_VOTES'));`);

    // Rounds and results from before ballot types were satisfaction rounds with a binary grade.
    this.addSql(`alter table "vote_round" add "ballot" jsonb null;`);
    this.addSql(`update "vote_round" set "ballot" = '{"type":"SATISFACTION","candidates":[],"maxChoices":1}'::jsonb;`);
    this.addSql(`alter table "vote_round" alter column "ballot" set not null;`);
    this.addSql(`update "vote_round" set "result" = "result" || jsonb_build_object(
      'ballotType', 'SATISFACTION',
      'options', jsonb_build_array(
        jsonb_build_object('key', 'SATISFIED', 'label', '满意', 'studio', ("result"->'channels'->0->'satisfied'), 'online', ("result"->'channels'->1->'satisfied'), 'share', null, 'elected', null),
        jsonb_build_object('key', 'BASICALLY_SATISFIED', 'label', '基本满意', 'studio', ("result"->'channels'->0->'basicallySatisfied'), 'online', ("result"->'channels'->1->'basicallySatisfied'), 'share', null, 'elected', null),
        jsonb_build_object('key', 'UNSATISFIED', 'label', '不满意', 'studio', ("result"->'channels'->0->'unsatisfied'), 'online', ("result"->'channels'->1->'unsatisfied'), 'share', null, 'elected', null)),
      'satisfiedGrade', "result"->'threshold', 'passingBase', null, 'rule', null, 'note', null)
      where "result" is not null and not ("result" ? 'ballotType');`);

    this.addSql(`alter table "ballot" drop constraint "ballot_choice_check";`);
    this.addSql(`alter table "ballot" alter column "choice" type varchar(200) using ("choice"::varchar(200));`);

  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ballot" alter column "choice" type text using ("choice"::text);`);
    this.addSql(`alter table "ballot" add constraint "ballot_choice_check" check ("choice" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_trigger_outcome_check";`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_trigger_outcome_check" check ("trigger_outcome" in ('SATISFIED', 'UNSATISFIED', 'NO_VOTES'));`);

    this.addSql(`alter table "question" drop constraint "question_subject_check";`);
    this.addSql(`alter table "question" drop constraint "question_ballot_type_check";`);
    this.addSql(`alter table "question" drop column "subject", drop column "district", drop column "budget", drop column "document_key", drop column "document_name", drop column "ballot_type", drop column "candidates", drop column "max_choices";`);
    this.addSql(`alter table "question" alter column "department_id" set not null;`);

    this.addSql(`alter table "session" drop constraint "session_kind_check";`);
    this.addSql(`update "session" set "kind" = 'REGULAR' where "kind" <> 'LOOK_BACK';`);
    this.addSql(`alter table "session" alter column "kind" set default 'REGULAR';`);
    this.addSql(`alter table "session" add constraint "session_kind_check" check ("kind" in ('REGULAR', 'LOOK_BACK'));`);

    this.addSql(`alter table "vote_round" drop column "ballot";`);
  }

}
