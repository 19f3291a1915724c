// Entry point: bytes + file name → ParsedReport. Dispatches on extension and content; unreadable input throws
// ReportReadError, everything else becomes a report with findings.
import type { ParsedReport } from '@dh/domain';
import { decodeBytes, plainUtf8 } from './decode/decode-bytes';
import { ReportReadError } from './errors';
import { extractDocx } from './extract/docx';
import { extractFromBytes, extractHtml, NO_REGION, type HtmlOptions } from './extract/html';
import { extractPdf } from './extract/pdf';
import { extractText } from './extract/text';
import type { Extracted } from './extract/types';
import { recognizeReport } from './recognize/recognize-report';
import { checkAmountMagnitudes } from './validate/amount-magnitude';
import { checkArithmetic } from './validate/arithmetic';
import { checkCompleteness, isTruncated } from './validate/completeness';
import { checkTextClaims } from './validate/text-claims';

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  /** HTML only: `full` skips the region scan and parses the whole page (the reference the scan is tested against). */
  htmlScan?: HtmlOptions['scan'];
  /** PDF only: `as-shipped` reads with pdf.js without the text-extraction patches (their reference, see pdfjs-patch.ts). */
  pdfjs?: 'patched' | 'as-shipped';
}

export async function parseReport(input: ParseInput): Promise<ParsedReport> {
  const { bytes, fileName } = input;
  const kind = sniff(bytes, fileName);
  if (kind === 'pdf' || kind === 'docx') {
    let ex: Extracted;
    try {
      ex =
        kind === 'pdf'
          ? await extractPdf(bytes, fileName, { asShipped: input.pdfjs === 'as-shipped' })
          : await extractDocx(bytes, fileName);
    } catch (e) {
      if (e instanceof ReportReadError) throw e;
      throw new ReportReadError(
        fileName,
        'extractor_failed',
        `cannot read ${kind.toUpperCase()}: ${(e as Error).message}`,
      );
    }
    return assemble(ex, fileName, bytes.length);
  }
  return parseTextOrHtml(input);
}

/** Synchronous path for text and HTML (benchmarks, tests). */
export function parseTextOrHtml(input: ParseInput): ParsedReport {
  const { bytes, fileName } = input;
  const kind = sniff(bytes, fileName);
  if (kind !== 'html' && kind !== 'text')
    throw new ReportReadError(fileName, 'unsupported', `${kind} needs parseReport()`);
  // A CMS page in plain UTF-8 is read from its bytes (extractFromBytes): decoding 100–370 KB, most of it Word's
  // styles, cost more than reading the report. Only where every check below would pass on the decoded text.
  const utf8 = kind === 'html' && input.htmlScan !== 'full' ? plainUtf8(bytes) : null;
  const fast = utf8 && extractFromBytes(utf8, 'UTF-8');
  if (fast && fast !== NO_REGION) return assemble(fast, fileName, bytes.length);
  const { text, encoding } = decodeBytes(bytes);
  if (!text.trim()) throw new ReportReadError(fileName, 'empty', 'the file holds no text');
  // Control characters everywhere means binary content with a text name.
  const ctrl = (text.slice(0, 4000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (ctrl > Math.min(4000, text.length) * 0.05)
    throw new ReportReadError(fileName, 'binary', 'the file is binary, not text or HTML');
  // NUL is never text (and PostgreSQL cannot store it): dropped here, before anything is read out of the text.
  const clean = text.replace(/\u0000/g, '');
  const ex =
    kind === 'html'
      ? extractHtml(clean, encoding, fileName, { scan: input.htmlScan, noRegion: fast === NO_REGION })
      : extractText(clean, encoding);
  // A text copy is shown as printed, so the line numbers in cell locations point into it.
  return assemble(ex, fileName, bytes.length, kind === 'text' ? clean.replace(/^\uFEFF/, '') : undefined);
}

type Kind = 'html' | 'text' | 'pdf' | 'docx';

function sniff(bytes: Uint8Array, fileName: string): Kind {
  if (bytes.length === 0) throw new ReportReadError(fileName, 'empty', 'the file is empty');
  const magic = Buffer.from(bytes.subarray(0, 8));
  if (magic.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // OLE2 compound file: legacy Word .doc (or .xls), not readable here.
  if (magic.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ReportReadError(
      fileName,
      'legacy_doc',
      'legacy Word .doc (OLE2) is not supported; save it as .docx or PDF',
    );
  }
  if (magic[0] === 0x50 && magic[1] === 0x4b) {
    if (/\.docx$/i.test(fileName) || !/\.(zip|xlsx|pptx)$/i.test(fileName)) return 'docx';
    throw new ReportReadError(fileName, 'unsupported', 'a ZIP archive that is not a .docx');
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'doc')
    throw new ReportReadError(fileName, 'legacy_doc', 'legacy Word .doc is not supported; save it as .docx or PDF');
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').toLowerCase();
  return /<(!doctype html|html|body|table|p[\s>]|div)/.test(head) ? 'html' : 'text';
}

function assemble(ex: Extracted, fileName: string, size: number, printedText?: string): ParsedReport {
  const r = recognizeReport(ex);
  const truncated = isTruncated(r.sections, r.text);
  const narrative =
    r.sections
      .filter((s) => s.no === 1 || s.no >= 5)
      .map((s) => s.text)
      .join('\n') || r.text.replace(/\u0001/g, '');
  const findings = [
    ...ex.findings,
    ...r.findings,
    ...checkArithmetic(r.cells),
    ...checkCompleteness(r.sections, r.cells, r.template, truncated, r.year),
    ...checkTextClaims(narrative, r.cells, r.template),
    ...checkAmountMagnitudes(r.cells),
  ];
  return {
    source: { fileName, form: ex.form, encoding: ex.encoding, bytes: size },
    agencyName: r.agencyName,
    agencyNameFrom: r.agencyNameFrom,
    year: r.year,
    publishedOn: r.publishedOn,
    signedOn: r.signedOn,
    template: r.template,
    sections: r.sections,
    cells: r.cells,
    findings,
    truncated,
    sourceText: printedText ?? sourceTextOf(ex),
  };
}

// One block a line; table rows as pipe rows with each printed cell once.
function sourceTextOf(ex: Extracted): string {
  return ex.blocks
    .map((b) =>
      b.kind === 'para'
        ? b.text
        : b.rows.map((row) => row.cells.filter((_, i) => !row.origin || row.origin[i]).join(' | ')).join('\n'),
    )
    .join('\n');
}
