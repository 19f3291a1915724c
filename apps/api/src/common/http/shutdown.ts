// Stopping the app without failing the requests at work: stop accepting connections, refuse new requests on the open
// ones (503, Connection: close), let those admitted finish within the grace, stop the rest (in-flight.ts), and only
// then close the app (its database pool). Closing first made the requests still at work fail with "Cannot use a pool
// after calling end on the pool".
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { capacity } from './capacity';
import { InFlight } from './in-flight';

export async function drainAndClose(app: INestApplication, graceMs = capacity().shutdownGraceMs): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) server.close();
  server.closeIdleConnections();
  await app.get(InFlight).drain(graceMs);
  server.closeAllConnections();
  await app.close();
}
