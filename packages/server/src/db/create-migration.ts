// Writes a migration for whatever the entities declare beyond the existing migrations.
// Usage: pnpm --filter @wenzheng/server migration:create
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from './orm.js';

const orm = await MikroORM.init(await ormOptions({ databaseUrl: undefined, dataDir: 'memory://' }));
await orm.migrator.up();
const result = await orm.migrator.create();
console.log(result.diff.up.length ? `wrote ${result.fileName}` : 'no changes: the migrations already match the entities');
await orm.close();
