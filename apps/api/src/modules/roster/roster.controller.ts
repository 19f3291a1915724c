// The roster as a file: GET /api/roster?format=csv|xlsx[&regionId=] (analyst) and POST /api/roster (admin,
// multipart field `file`, optional `replace=true`). A refused file answers 400 with every line's error.
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { RequireRole, type Principal } from '../auth/roles';
import { RosterService, type RosterImportOutcome } from './roster.service';

const MAX_ROSTER_MB = 5;

@Controller('api/roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Get()
  @RequireRole('analyst')
  async download(
    @Query('format') format: string | undefined,
    @Query('regionId') regionId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const fmt = format ?? 'csv';
    if (fmt !== 'csv' && fmt !== 'xlsx') throw new BadRequestException('format: must be csv or xlsx');
    if (regionId !== undefined && !/^\d{1,9}$/.test(regionId))
      throw new BadRequestException('regionId: must be a region id (a positive integer)');
    const body = await this.roster.exportFile(fmt, regionId === undefined ? null : Number(regionId));
    res.setHeader(
      'content-type',
      fmt === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('content-disposition', `attachment; filename="roster.${fmt}"`);
    res.send(body);
  }

  @Post()
  @RequireRole('admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ROSTER_MB * 1024 * 1024 } }))
  async upload(
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @Body('replace') replace: string | undefined,
    @Req() req: { user?: Principal | null },
  ): Promise<RosterImportOutcome> {
    if (!file) throw new BadRequestException('file: a roster CSV or XLSX is required (multipart field "file")');
    if (replace !== undefined && replace !== 'true' && replace !== 'false')
      throw new BadRequestException('replace: must be true or false');
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const parsed = await this.roster.parseFile(name, file.buffer);
    return this.roster.import(name, parsed, { replace: replace === 'true', actor: req.user?.name ?? 'unknown' });
  }
}
