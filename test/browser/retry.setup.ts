// Browser tests run against the whole app on a shared two-core machine: a failed browser test is retried up to
// twice and its first error is logged, so a real regression (failing every time) still fails the run. The admin-only
// tests that once failed here one after another were not a timing flake but a read-cache bug (a client leaving during
// its token lookup left that read waiting for good; read-cache.middleware.spec.ts). When a test fails, the app's
// latest output is printed too (environment.ts).
jest.retryTimes(2, { logErrorsBeforeRetry: true });
