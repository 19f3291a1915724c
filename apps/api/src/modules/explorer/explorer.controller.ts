// A small self-hosted GraphQL explorer (closed network: no CDN). Plain HTML + fetch; docs from introspection.
import { Controller, Get, Header } from '@nestjs/common';
import { EXPLORER_HTML } from './explorer.page';

@Controller('explorer')
export class ExplorerController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'")
  page(): string {
    return EXPLORER_HTML;
  }
}
