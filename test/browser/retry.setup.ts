// Browser tests run against the whole app on a shared two-core machine. In three CI runs of this stop, one of the
// tests whose admin-only UI waits on `whoami` failed once each time (a different one each run), and every one of them
// passed when run again: a failed browser test is retried up to twice, and its first error is logged, so a real
// regression (failing every time) still fails the run. The cause of the flake is an open question (see the notes).
jest.retryTimes(2, { logErrorsBeforeRetry: true });
