// Builds the Nest application: GraphQL API plus the built dashboard served from the same port.
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule, type AppOptions } from './app.module';
import { appConfig, type LogLevelName } from './config/app-config';

export interface ServerOptions extends AppOptions {
  webDist?: string | null;
  quiet?: boolean;
}

/** LOG_LEVEL: error | warn (default: start-up prints only its own "ready" lines) | log (Nest's route and module lines) | debug. */
export function logLevels(level: LogLevelName = appConfig().logLevel): LogLevel[] {
  const order: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];
  return order.slice(0, order.indexOf(level) + 1);
}

/**
 * helmet's headers with a CSP the dashboard passes: scripts and everything else from this origin only; inline styles
 * allowed because naive-ui and ECharts set them at run time. /explorer sends its own, stricter-per-page policy.
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
      },
    },
    // Same-origin app without cross-origin embeds; HSTS is the TLS proxy's to send (this server speaks plain HTTP).
    strictTransportSecurity: false,
  });
}

export async function createServer(opts: ServerOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(opts), {
    logger: opts.quiet ? ['error'] : logLevels(),
    abortOnError: false,
  });
  // TRUST_PROXY: behind a reverse proxy, req.ip is the client named in X-Forwarded-For by the trusted hops.
  app.set('trust proxy', appConfig().trustProxy);
  app.use(securityHeaders());
  const web = opts.webDist;
  if (web && fs.existsSync(path.join(web, 'index.html'))) {
    app.useStaticAssets(web, { index: false, maxAge: '1h' });
    const indexHtml = path.join(web, 'index.html');
    // History-mode routes of the dashboard all answer with index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/api/') ||
        req.path.startsWith('/explorer')
      )
        return next();
      res.sendFile(indexHtml);
    });
  }
  return app;
}
