// Dev mode: the API (rebuilt by `tsc -b --watch`, restarted by `node --watch`) plus Vite's dev server with hot
// reload on http://localhost:5173, which proxies /graphql and /api to the API on :3000.
import { execSync, spawn } from 'node:child_process';

execSync('npx tsc -b apps/api/tsconfig.json', { stdio: 'inherit' });

const procs = [
  spawn('npx', ['tsc', '-b', 'apps/api/tsconfig.json', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn('node', ['--watch-path=apps/api/dist', '--watch-path=libs/parser/dist', 'apps/api/dist/main.js'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite', 'apps/web'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const p of procs) p.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
