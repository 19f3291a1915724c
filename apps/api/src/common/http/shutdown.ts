// Stopping the app without failing the requests at work: stop accepting connections, refuse new requests on the open
// ones (503, Connection: close), let those admitted finish within the grace, stop the rest (in-flight.ts), and only
// then close the app (its database pool). Closing first made the requests still at work fail with "Cannot use a pool
// after calling end on the pool".
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { AdmissionQueue } from './admission.middleware';
import { capacity } from './capacity';
import { InFlight } from './in-flight';

export async function drainAndClose(app: INestApplication, graceMs = capacity().shutdownGraceMs): Promise<void> {
  const server = app.getHttpServer() as Server;
  // Not closeIdleConnections(): a connection whose request is received but not yet read counts as idle, and was cut.
  if (server.listening) server.close();
  const queue = app.get(AdmissionQueue);
  await app.get(InFlight).drain(graceMs, () => queue.stats.waiting > 0);
  server.closeAllConnections();
  await app.close();
}
