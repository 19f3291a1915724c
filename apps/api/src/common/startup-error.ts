// A failure to start that the operator can fix: printed as one line, never as a stack dump.
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
