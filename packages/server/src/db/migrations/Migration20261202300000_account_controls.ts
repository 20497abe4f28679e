import { Migration } from '@mikro-orm/migrations';

// Account controls (issue 21): password expiry and history, lockout after failed sign-ins, and the
// idle timeout of sign-ins. Existing passwords count as set now; existing sign-ins as used now, with
// the default idle timeout. The defaults only fill existing rows: new rows get their values from code.
export class Migration20261202300000_account_controls extends Migration {
  override name = 'Migration20261202300000_account_controls';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "account" add "password_changed_at" timestamptz not null default now(), add "previous_password_hashes" jsonb not null default '[]', add "failed_sign_ins" int not null default 0, add "locked_at" timestamptz null;`,
    );
    this.addSql(`alter table "account" alter column "password_changed_at" drop default, alter column "previous_password_hashes" drop default;`);

    this.addSql(`alter table "auth_session" add "last_used_at" timestamptz not null default now(), add "idle_minutes" int not null default 30;`);
    this.addSql(`alter table "auth_session" alter column "last_used_at" drop default, alter column "idle_minutes" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "account" drop column "password_changed_at", drop column "previous_password_hashes", drop column "failed_sign_ins", drop column "locked_at";`,
    );
    this.addSql(`alter table "auth_session" drop column "last_used_at", drop column "idle_minutes";`);
  }
}
