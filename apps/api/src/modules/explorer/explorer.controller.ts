// The GraphQL explorer (GraphiQL) is a second entry of the dashboard's Vite build; this serves its page.
// Closed network: everything it loads comes from this server (the CSP says so).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, Header, NotFoundException } from '@nestjs/common';

// apps/api/{src,dist}/modules/explorer → the repository root.
const PAGE = path.resolve(__dirname, '../../../../..', 'apps/web/dist/explorer.html');

@Controller('explorer')
export class ExplorerController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header(
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
      "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'",
  )
  page(): string {
    if (!fs.existsSync(PAGE))
      throw new NotFoundException(`the explorer is not built (${PAGE} missing): run npm run build`);
    return fs.readFileSync(PAGE, 'utf8');
  }
}
