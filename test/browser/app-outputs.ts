// Where the apps a browser spec started leave their output for the test environment (environment.ts) to print
// when a test fails. The spec and its environment share one global object; nothing else is shared between them.
export interface AppOutput {
  output: () => string;
  /** How much of the output an earlier failure already printed. */
  printed: number;
}

const KEY = '__dhRunningApps';

export function appOutputs(global: object = globalThis): AppOutput[] {
  const g = global as Record<string, AppOutput[] | undefined>;
  return (g[KEY] ??= []);
}

/** Lists an app's output until its process exits. */
export function registerAppOutput(output: () => string, onExit: (f: () => void) => void): void {
  const apps = appOutputs();
  const mine: AppOutput = { output, printed: 0 };
  apps.push(mine);
  onExit(() => {
    const i = apps.indexOf(mine);
    if (i >= 0) apps.splice(i, 1);
  });
}
