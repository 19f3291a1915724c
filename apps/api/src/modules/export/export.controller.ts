import { BadRequestException, Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequireRole } from '../auth/roles';
import { ExportService } from './export.service';

interface ExportParams { format?: string; query?: string; args?: string | Record<string, unknown> }

@Controller('api/export')
@RequireRole('analyst')
export class ExportController {
  constructor(private readonly service: ExportService) {}

  @Get()
  get(@Query() q: ExportParams, @Res() res: Response): Promise<void> {
    return this.send(q, res);
  }

  @Post()
  post(@Query() q: ExportParams, @Body() body: ExportParams, @Res() res: Response): Promise<void> {
    return this.send({ ...q, ...body }, res);
  }

  private async send(p: ExportParams, res: Response): Promise<void> {
    let args: Record<string, unknown>;
    try {
      args = typeof p.args === 'string' ? JSON.parse(p.args) as Record<string, unknown> : p.args ?? {};
    } catch {
      throw new BadRequestException('args must be JSON');
    }
    const t = await this.service.table(p.query ?? '', args);
    const name = `${p.query}-${new Date().toISOString().slice(0, 10)}`;
    if (p.format === 'xlsx') {
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
      res.send(await this.service.xlsx(t));
    } else if (p.format === 'csv' || !p.format) {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
      res.send(this.service.csv(t));
    } else {
      throw new BadRequestException('format must be csv or xlsx');
    }
  }
}
