// `npm run cli -- <command>`: parse, ingest, and what later issues add. Each command is one small module.
import 'reflect-metadata';
import { appConfig } from '../config/app-config';

async function main(argv: string[]): Promise<number> {
  appConfig(); // the environment checked before any command runs: a bad value is one line naming it
  const { COMMANDS } = await import('./commands.js'); // after the check: the commands load Nest and TypeORM
  const [name, ...rest] = argv;
  const cmd = name ? COMMANDS[name] : undefined;
  if (!cmd) {
    process.stderr.write(
      `usage: npm run cli -- <command> [args]\ncommands:\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(8)} ${c.summary}`)
        .join('\n')}\n`,
    );
    return name ? 2 : 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cli: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
