// The browser project's test environment: Node's, plus the app's own output when a test or hook fails. A browser
// test sees only what the page shows; a server-side hang (a request that never answers) shows there as a timeout
// with nothing to go on, and CI keeps only what Jest prints. The apps a spec started (app-process.ts) register their
// output here; each failure prints the lines written since the last one printed.
import NodeEnvironment from 'jest-environment-node';
import { appOutputs } from './app-outputs';

const TAIL_LINES = 60;

export default class BrowserTestEnvironment extends NodeEnvironment {
  // Circus events, typed by the two fields read here.
  handleTestEvent(event: { name: string; test?: { name: string }; hook?: { type: string } }): void {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    for (const [i, app] of appOutputs(this.global).entries()) {
      const out = app.output();
      const lines = out.slice(app.printed).split('\n').filter(Boolean).slice(-TAIL_LINES);
      app.printed = out.length;
      if (!lines.length) continue;
      const what = event.test?.name ?? `${event.hook?.type ?? 'a'} hook`;
      process.stdout.write(
        `\n--- app ${i + 1}: its last ${lines.length} new lines of output when "${what}" failed\n${lines.join('\n')}\n---\n`,
      );
    }
  }
}
