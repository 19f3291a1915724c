// PGlite and its socket server in a worker thread of their own. The app's thread only speaks the wire protocol to
// it through `pg`, so while PGlite computes a query the app still answers cached reads, 503s and health checks.
// The worker is eval'd source (as the PDF reader's is) so that it runs the same from dist and under Jest, and it
// requires the packages by the absolute paths resolved here.
import { Worker } from 'node:worker_threads';

export interface PgliteThreadOptions {
  /** undefined: in memory */
  dataDir: string | undefined;
  socketPath: string;
  maxConnections: number;
}

export interface PgliteThread {
  /** Closes the socket server and the database (PGlite writes its data directory out), then ends the thread. */
  stop(): Promise<void>;
}

const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.socket);
let db;
let server;
const message = (e) => String((e && e.message) || e);
(async () => {
  try {
    db = await PGlite.create(workerData.dataDir);
    server = new PGLiteSocketServer({ db, path: workerData.socketPath, maxConnections: workerData.maxConnections });
    await server.start();
    parentPort.postMessage({ ready: true });
  } catch (e) {
    parentPort.postMessage({ error: message(e) });
  }
})();
parentPort.on('message', async (m) => {
  if (m !== 'stop') return;
  let error;
  try { if (server) await server.stop(); } catch (e) { error = message(e); }
  try { if (db) await db.close(); } catch (e) { error = error || message(e); }
  parentPort.postMessage({ stopped: true, error });
});
`;

type Reply = { ready?: true; stopped?: true; error?: string };

function nextReply(w: Worker, what: 'ready' | 'stopped'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Reply): void => {
      if (m.error && what === 'ready') {
        cleanup();
        reject(new Error(m.error));
        return;
      }
      if (m[what]) {
        cleanup();
        resolve(m);
      }
    };
    const onError = (e: Error): void => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`the database thread exited (${code})`));
    };
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
  });
}

export async function startPgliteThread(opts: PgliteThreadOptions): Promise<PgliteThread> {
  const w = new Worker(WORKER_SRC, {
    eval: true,
    workerData: {
      ...opts,
      pglite: require.resolve('@electric-sql/pglite'),
      socket: require.resolve('@electric-sql/pglite-socket'),
    },
  });
  // A thread that dies while the app runs leaves every query failing: say so once, where an operator looks.
  let stopping = false;
  w.on('error', (e) => {
    if (!stopping) process.stderr.write(`disclosure-hub: the embedded database stopped: ${e.message}\n`);
  });
  try {
    await nextReply(w, 'ready');
  } catch (e) {
    await w.terminate();
    throw e;
  }
  return {
    async stop() {
      stopping = true;
      const done = nextReply(w, 'stopped');
      w.postMessage('stop');
      try {
        const r = await done;
        if (r.error) process.stderr.write(`disclosure-hub: closing the embedded database: ${r.error}\n`);
      } catch (e) {
        process.stderr.write(`disclosure-hub: closing the embedded database: ${(e as Error).message}\n`);
      } finally {
        await w.terminate();
      }
    },
  };
}
