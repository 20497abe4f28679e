// Writes the schema that the code declares to the repository's schema.graphql, and the access matrix derived from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accessMatrixFile, renderAccessMatrix } from './access-matrix.js';
import { buildAppSchema, schemaFile } from './schema.js';
import { createAppPubSub } from './pubsub.js';

const schema = await buildAppSchema(createAppPubSub(), { emitTo: schemaFile });
console.log(`wrote ${schemaFile}`);
mkdirSync(path.dirname(accessMatrixFile), { recursive: true });
writeFileSync(accessMatrixFile, renderAccessMatrix(schema));
console.log(`wrote ${accessMatrixFile}`);
