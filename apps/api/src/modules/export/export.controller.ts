import { BadRequestException, Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { validateInput } from '../../common/http/validate-input';
import { RequireRole } from '../auth/roles';
import { ExportParams } from './export.args';
import { ExportService } from './export.service';

@Controller('api/export')
@RequireRole('analyst')
export class ExportController {
  constructor(private readonly service: ExportService) {}

  @Get()
  get(@Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.send(q, res);
  }

  @Post()
  post(@Query() q: Record<string, unknown>, @Body() body: unknown, @Res() res: Response): Promise<void> {
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
      throw new BadRequestException('the request body must be a JSON object');
    return this.send({ ...q, ...(body as object | undefined) }, res);
  }

  private async send(raw: Record<string, unknown>, res: Response): Promise<void> {
    const p = validateInput(ExportParams, raw);
    const t = await this.service.table(p.query, argsOf(p.args), p.lang ?? 'zh');
    const name = `${p.query}-${new Date().toISOString().slice(0, 10)}`;
    if (p.format === 'xlsx') {
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
      res.send(await this.service.xlsx(t));
    } else {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
      res.send(this.service.csv(t));
    }
  }
}

/** `args` is a JSON object, given as text in the URL or as an object in a JSON body. */
function argsOf(args: unknown): Record<string, unknown> {
  let v: unknown = args ?? {};
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      throw new BadRequestException('args must be JSON');
    }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new BadRequestException('args must be a JSON object');
  return v as Record<string, unknown>;
}
