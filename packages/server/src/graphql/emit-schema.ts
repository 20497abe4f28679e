// Writes the schema that the code declares to the repository's schema.graphql.
import { buildAppSchema, schemaFile } from './schema.js';
import { createAppPubSub } from './pubsub.js';

await buildAppSchema(createAppPubSub(), { emitTo: schemaFile });
console.log(`wrote ${schemaFile}`);
