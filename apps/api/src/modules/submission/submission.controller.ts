// REST for what GraphQL carries badly: a draft as a file (multipart), and the generated report as HTML or DOCX.
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { templateForYear } from '@dh/domain';
import type { Response } from 'express';
import { RequireRole, type Principal } from '../auth/roles';
import { UPLOAD_LIMIT_MB } from '../ingest/upload.controller';
import { sideOf } from './submission-access';
import { renderSubmissionDocx, renderSubmissionHtml, submissionTitle } from './submission-document';
import type { SubmissionModel } from './submission.model';
import { SubmissionService } from './submission.service';

type Req = { user?: Principal | null };

@Controller('api/submissions')
export class SubmissionController {
  constructor(private readonly drafts: SubmissionService) {}

  /** POST /api/submissions/draft: multipart `file` and `year`; the bureau's draft, parsed at once. */
  @Post('draft')
  @RequireRole('viewer')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_LIMIT_MB * 1024 * 1024 } }))
  async draft(
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @Body() body: Record<string, unknown>,
    @Req() req: Req,
  ): Promise<SubmissionModel> {
    const side = sideOf(req.user ?? null);
    const year = typeof body?.year === 'string' && /^(19|20|21)\d\d$/.test(body.year) ? Number(body.year) : null;
    if (year === null) throw new BadRequestException('year must be a four-digit year such as 2025');
    if (!file) throw new BadRequestException('file: send the draft in the multipart field "file"');
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    return this.drafts.saveFile(side, year, fileName, new Uint8Array(file.buffer));
  }

  /** GET /api/submissions/:id/document?format=html|docx: the standard report generated from the form. */
  @Get(':id/document')
  @RequireRole('viewer')
  async document(
    @Param('id', ParseIntPipe) id: number,
    @Query('format') format: string | undefined,
    @Req() req: Req,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'html' && format !== 'docx') throw new BadRequestException('format must be html or docx');
    const row = await this.drafts.get(sideOf(req.user ?? null), id);
    const form = row.form ?? { values: {}, sections: {} };
    const doc = {
      agencyName: row.agency_name,
      year: row.year,
      template: templateForYear(row.year),
      values: form.values,
      sections: form.sections,
    };
    const name = encodeURIComponent(`${submissionTitle(doc)}.${format}`);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${name}`);
    if (format === 'html') {
      res.type('text/html; charset=utf-8').send(renderSubmissionHtml(doc));
      return;
    }
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(await renderSubmissionDocx(doc));
  }
}
