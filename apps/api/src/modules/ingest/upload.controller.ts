// POST /api/upload (admins only): multipart files → the same per-file results as the CLI.
import {
  BadRequestException,
  Body,
  Catch,
  Controller,
  HttpStatus,
  PayloadTooLargeException,
  Post,
  Req,
  UploadedFiles,
  UseFilters,
  UseInterceptors,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { validateInput } from '../../common/http/validate-input';
import { RequireRole, type Principal } from '../auth/roles';
import { givenDateProblem } from './given-date.util';
import { IngestService, type IngestResult } from './ingest.service';
import { ParsePool } from './parse-pool';
import { UploadArgs } from './upload.args';

export const UPLOAD_LIMIT_MB = 20;
const MAX_FILES = 20;

@Catch(PayloadTooLargeException)
class UploadLimitFilter implements ExceptionFilter {
  catch(_e: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.PAYLOAD_TOO_LARGE)
      .json({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `a file is larger than the upload limit of ${UPLOAD_LIMIT_MB} MB per file (at most ${MAX_FILES} files at once); nothing was stored`,
      });
  }
}

interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

// Faults below the parser's own checks (a V8 limit, a database error) are not the uploader's business and may say
// more than they should: the answer keeps the code and says what happened in our words.
const OWN_WORDS: Partial<Record<string, string>> = {
  parse_failed:
    'the file could not be parsed (an internal fault, not a problem you can fix in the file); nothing was stored',
  not_stored: 'the report was read but could not be stored (a database fault); nothing was stored',
};

export function ownWords(r: IngestResult): IngestResult {
  const words = r.errorCode && OWN_WORDS[r.errorCode];
  return words ? { ...r, error: `${r.fileName}: ${words}` } : r;
}

@Controller('api')
export class UploadController {
  constructor(
    private readonly ingest: IngestService,
    private readonly pool: ParsePool,
  ) {}

  @Post('upload')
  @RequireRole('admin')
  @UseFilters(UploadLimitFilter)
  @UseInterceptors(FilesInterceptor('files', MAX_FILES, { limits: { fileSize: UPLOAD_LIMIT_MB * 1024 * 1024 } }))
  async upload(
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Body() raw: unknown,
    @Req() req: { user?: Principal | null },
  ): Promise<{ results: IngestResult[]; counts: Record<string, number>; by: string | null }> {
    // Empty fields are what a form sends for "not given".
    const body = validateInput(UploadArgs, Object.fromEntries(Object.entries(raw ?? {}).filter(([, v]) => v !== '')));
    if (!files?.length) throw new BadRequestException('no file: send one or more files in the multipart field "files"');
    const year = body.year ? Number(body.year) : undefined;
    const publishedOn = body.publishedOn?.trim() || undefined;
    // A bad date refuses the whole upload before anything is stored: every file would carry it.
    const dateProblem = publishedOn ? givenDateProblem(publishedOn) : null;
    if (dateProblem) throw new BadRequestException(`publishedOn: ${dateProblem}; nothing was stored`);
    const region = body.region
      ?.split(/[/·]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const results: IngestResult[] = [];
    // One at a time: each file is its own transaction, and a failure does not stop the others. Parsing happens in the
    // worker pool, so a file that stalls or exhausts the parser fails alone and the API keeps answering meanwhile.
    for (const f of files ?? []) {
      // multer hands the file name over as latin1 bytes; Chinese names need re-decoding.
      const fileName = Buffer.from(f.originalname, 'latin1').toString('utf8');
      results.push(
        ownWords(
          await this.ingest.ingest(
            {
              bytes: new Uint8Array(f.buffer),
              fileName,
              agencyName: body.agency || undefined,
              year: Number.isInteger(year) ? year : undefined,
              region: region?.length ? region : undefined,
              sourceUrl: body.sourceUrl || undefined,
              publishedOn,
              channel: 'upload',
              override: body.override === 'true',
              actor: req.user?.name,
            },
            this.pool.parse,
          ),
        ),
      );
    }
    const counts: Record<string, number> = { new: 0, unchanged: 0, new_revision: 0, claimed: 0, failed: 0 };
    for (const r of results) counts[r.status]++;
    return { results, counts, by: req.user?.name ?? null };
  }
}
