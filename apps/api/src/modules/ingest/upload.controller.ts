// POST /api/upload (admins only): multipart files → the same per-file results as the CLI.
import {
  Body, Catch, Controller, HttpStatus, PayloadTooLargeException, Post, Req, UploadedFiles, UseFilters, UseInterceptors,
  type ArgumentsHost, type ExceptionFilter,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { RequireRole, type Principal } from '../auth/roles';
import { IngestService, type IngestResult } from './ingest.service';

export const UPLOAD_LIMIT_MB = 20;
const MAX_FILES = 20;

@Catch(PayloadTooLargeException)
class UploadLimitFilter implements ExceptionFilter {
  catch(_e: PayloadTooLargeException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(HttpStatus.PAYLOAD_TOO_LARGE).json({
      statusCode: 413, error: 'Payload Too Large',
      message: `a file is larger than the upload limit of ${UPLOAD_LIMIT_MB} MB per file (at most ${MAX_FILES} files at once); nothing was stored`,
    });
  }
}

// override=true: the admin chose the given year/body over what a file prints (after a hint_conflict result).
interface UploadBody { agency?: string; year?: string; region?: string; sourceUrl?: string; override?: string }
interface UploadedFile { originalname: string; buffer: Buffer }

@Controller('api')
export class UploadController {
  constructor(private readonly ingest: IngestService) {}

  @Post('upload')
  @RequireRole('admin')
  @UseFilters(UploadLimitFilter)
  @UseInterceptors(FilesInterceptor('files', MAX_FILES, { limits: { fileSize: UPLOAD_LIMIT_MB * 1024 * 1024 } }))
  async upload(@UploadedFiles() files: UploadedFile[] | undefined, @Body() body: UploadBody, @Req() req: { user?: Principal | null }):
    Promise<{ results: IngestResult[]; counts: Record<string, number>; by: string | null }> {
    const year = body.year ? Number(body.year) : undefined;
    const region = body.region?.split(/[/·]/).map((s) => s.trim()).filter(Boolean);
    const results: IngestResult[] = [];
    // One at a time: each file is its own transaction, and a failure does not stop the others.
    for (const f of files ?? []) {
      // multer hands the file name over as latin1 bytes; Chinese names need re-decoding.
      const fileName = Buffer.from(f.originalname, 'latin1').toString('utf8');
      results.push(await this.ingest.ingest({
        bytes: new Uint8Array(f.buffer), fileName, agencyName: body.agency || undefined,
        year: Number.isInteger(year) ? year : undefined, region: region?.length ? region : undefined, sourceUrl: body.sourceUrl || undefined,
        channel: 'upload', override: body.override === 'true', actor: req.user?.name,
      }));
    }
    const counts: Record<string, number> = { new: 0, unchanged: 0, new_revision: 0, claimed: 0, failed: 0 };
    for (const r of results) counts[r.status]++;
    return { results, counts, by: req.user?.name ?? null };
  }
}
