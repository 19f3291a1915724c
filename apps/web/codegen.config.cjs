// graphql-codegen: the operations' TYPES from apps/api/schema.gql and the operations written in src/api (types
// only, no document map: nothing is added to the bundle). `npm run codegen -w @dh/web` rewrites the file;
// src/api/generated.spec.ts writes it elsewhere (CODEGEN_OUT, CODEGEN_DOCUMENTS) and fails when they differ.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
module.exports = {
  overwrite: true,
  schema: path.join(root, 'apps/api/schema.gql'),
  documents: process.env.CODEGEN_DOCUMENTS
    ? [process.env.CODEGEN_DOCUMENTS]
    : [
        path.join(__dirname, 'src/api/*.ts'),
        `!${path.join(__dirname, 'src/api/*.spec.ts')}`,
        `!${path.join(__dirname, 'src/api/generated.ts')}`,
      ],
  generates: {
    [process.env.CODEGEN_OUT || path.join(__dirname, 'src/api/generated.ts')]: {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};
