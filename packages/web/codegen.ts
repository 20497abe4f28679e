import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation written with `graphql()` in src, generated from the server's schema.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string' },
        enumType: 'string-literal',
      },
    },
  },
};

export default config;
