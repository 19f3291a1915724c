// Zero warnings allowed (npm run lint uses --max-warnings 0). Type-aware rules need the projects' tsconfigs.
import jest from 'eslint-plugin-jest';
import vue from 'eslint-plugin-vue';
import * as fs from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries from the projects' Nx tags, as Nx's depConstraints would state them: which scopes a scope may
// import. (@nx/eslint-plugin's enforce-module-boundaries is the usual rule; the registry here has no release of it for
// Nx 24, so the same constraints are written for ESLint's own no-restricted-imports, read from the same tags.)
const DEP_CONSTRAINTS = {
  'scope:shared': ['scope:shared'],
  'scope:parsing': ['scope:shared'],
  'scope:api': ['scope:shared', 'scope:parsing'],
  'scope:web': ['scope:shared'],
};
const PROJECTS = ['libs/domain', 'libs/parser', 'libs/synth', 'apps/api', 'apps/web'].map((dir) => {
  const pkg = JSON.parse(fs.readFileSync(new URL(`./${dir}/package.json`, import.meta.url), 'utf8'));
  return { dir, name: pkg.name, tags: pkg.nx?.tags ?? [] };
});
const boundaries = PROJECTS.map((p) => {
  const allowed = new Set(p.tags.flatMap((t) => DEP_CONSTRAINTS[t] ?? []));
  const banned = PROJECTS.filter((q) => q !== p && !q.tags.some((t) => allowed.has(t)));
  return {
    files: [`${p.dir}/src/**/*.ts`, `${p.dir}/src/**/*.vue`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned.map((q) => ({
              group: [q.name, `${q.name}/*`],
              message: `${p.name} (${p.tags.join(', ')}) may not depend on ${q.name} (${q.tags.join(', ')})`,
            })),
            {
              group: ['**/libs/*/src/**', '**/apps/*/src/**'],
              message: 'import another project by its package name (@dh/…), not by a path into its sources',
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test/artifacts/**',
      'coverage/**',
      '**/*.d.ts',
      'apps/web/vite.config.mts',
    ],
  },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.spec.json', './apps/web/tsconfig.spec.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
      globals: { ...globals.browser },
    },
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/valid-expect': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'request.**.expect'] }],
      'jest/no-conditional-expect': 'off',
    },
  },
  ...boundaries,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
