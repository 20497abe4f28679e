import { Migration } from '@mikro-orm/migrations';

// The audit log's hash chain (等保: integrity of the audit trail): entries are sealed by the server
// after they are written (audit-chain.ts), the existing ones included.
export class Migration20261202120000_audit_chain extends Migration {

  override name = 'Migration20261202120000_audit_chain';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain_head" ("id" serial primary key, "seq" bigint not null, "hash" varchar(64) not null);`);
    this.addSql(`insert into "audit_chain_head" ("id", "seq", "hash") values (1, 0, '');`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`alter table "audit_entry" add "chain_seq" bigint null, add "prev_hash" varchar(64) null, add "hash" varchar(64) null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_chain_seq_unique" unique ("chain_seq");`);
    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and (new.id, new.at, new.actor_id, new.action, new.subject_type, new.subject_id, new.detail::text) is not distinct from (old.id, old.at, old.actor_id, old.action, old.subject_type, old.subject_id, old.detail::text) then return new; end if; raise exception 'audit entries cannot be changed or deleted'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_chain_head" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_chain_seq_unique";`);
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`alter table "audit_entry" drop column "chain_seq", drop column "prev_hash", drop column "hash";`);
    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit entries cannot be changed or deleted'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE DELETE OR UPDATE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);
  }

}
