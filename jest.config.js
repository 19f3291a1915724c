// Three projects: fast pure tests, database suites (PGlite by default, a real server with DATABASE_URL),
// and browser tests against the built app. swc keeps decorator metadata, which Nest and TypeORM need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@dh/(domain|parser|synth)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
};
module.exports = {
  // Database and browser suites boot the whole app; on a shared two-core machine a hook can take far longer than
  // Jest's 5 s default without anything being wrong, so tests get a minute (testTimeout is global in Jest).
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/apps/web/src/**/*.spec.ts',
        '<rootDir>/test/repo/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'db',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/retry.setup.ts'],
      testEnvironment: '<rootDir>/test/browser/environment.ts',
    },
  ],
};
