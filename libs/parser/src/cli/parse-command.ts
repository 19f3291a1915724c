// `parse <files...> [--json | --cells]`: the parser's CLI piece (the api app's CLI main calls it).
// Unreadable files get one stderr line each and exit code 1; the other files are still parsed.
import type { ParsedReport } from '@dh/domain';
import { ReportReadError } from '../errors';
import { parseReport } from '../parse-report';

export interface ParseCommandIo {
  readFile(p: string): Promise<Uint8Array>;
  out(s: string): void;
  err(s: string): void;
}

const USAGE = 'usage: parse <files...> [--json | --cells]';

export async function runParseCommand(argv: string[], io: ParseCommandIo): Promise<number> {
  const args = argv[0] === 'parse' ? argv.slice(1) : argv;
  const json = args.includes('--json');
  const cells = args.includes('--cells');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--cells');
  if (unknown.length || !files.length || (json && cells)) {
    io.err(unknown.length ? `unknown option ${unknown.join(' ')}; ${USAGE}` : USAGE);
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let report: ParsedReport;
    try {
      const bytes = await io.readFile(file);
      report = await parseReport({ bytes, fileName: file });
    } catch (e) {
      const reason = e instanceof ReportReadError ? e.message : `${file}: ${(e as Error).message ?? String(e)}`;
      io.err(`cannot read ${reason}`);
      code = 1;
      continue;
    }
    if (json) io.out(JSON.stringify(report, null, 2));
    else if (cells) for (const line of cellLines(report)) io.out(line);
    else io.out(summary(report));
  }
  return code;
}

/** section, row label, column label, value (empty when empty or unresolved), raw, key. */
export function cellLines(r: ParsedReport): string[] {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return r.cells.map((c) =>
    [
      c.section,
      clean(c.rowLabel),
      clean(c.colLabel),
      c.value === null ? '' : String(c.value),
      clean(c.raw),
      c.key,
    ].join('\t'),
  );
}

function summary(r: ParsedReport): string {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  const lines = [
    `${r.source.fileName}: ${r.agencyName ?? '(agency unknown)'} ${r.year ?? '????'} · template ${r.template} · ${r.source.form}/${r.source.encoding}`,
    `  sections ${r.sections.map((s) => s.no).join(',') || '-'} · cells ${r.cells.length} · findings ${count('error')} error, ${count('warning')} warning, ${count('info')} info${r.truncated ? ' · TRUNCATED' : ''}`,
  ];
  for (const f of r.findings.filter((x) => x.severity !== 'info'))
    lines.push(`  [${f.severity}] ${f.code}: ${f.messageZh}`);
  return lines.join('\n');
}
