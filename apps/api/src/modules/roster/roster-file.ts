// The roster file an office keeps (CSV or XLSX): one body a line, documented columns (README "Roster file").
// Pure: text or a sheet's rows in, rows or per-line errors out; the service refuses a file with any error whole.
import {
  ADMIN_LEVELS,
  REPORT_KINDS,
  REPORT_KIND_LABELS,
  type AdminLevel,
  type ReportKind,
  type RosterRow,
} from '@dh/domain';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export const ROSTER_COLUMNS = [
  'region',
  'name',
  'kind',
  'level',
  'parent',
  'first_year',
  'last_year',
  'successor',
  'aliases',
  'source_urls',
  'note',
] as const;
type Column = (typeof ROSTER_COLUMNS)[number];

// Offices write Chinese headers; both spellings are read, English ones are written.
const HEADER_ZH: Record<string, Column> = {
  地区: 'region',
  机关名称: 'name',
  名称: 'name',
  类别: 'kind',
  层级: 'level',
  上级政府: 'parent',
  起始年度: 'first_year',
  终止年度: 'last_year',
  承继机关: 'successor',
  别名: 'aliases',
  年报栏目: 'source_urls',
  备注: 'note',
};
const LEVEL_ZH: Record<string, AdminLevel> = {
  省: 'province',
  省级: 'province',
  市: 'city',
  市级: 'city',
  县: 'county',
  县级: 'county',
  乡: 'township',
  乡级: 'township',
  乡镇: 'township',
};
const KIND_ZH = new Map<string, ReportKind>(REPORT_KINDS.map((k) => [REPORT_KIND_LABELS[k].zh, k]));

export interface RosterLineError {
  line: number;
  field: Column | 'header' | 'line';
  message: string;
}
export interface RosterParse {
  rows: (RosterRow & { line: number })[];
  errors: RosterLineError[];
}

const LIST_SEP = /[|｜]/;
const list = (s: string): string[] =>
  s
    .split(LIST_SEP)
    .map((x) => x.trim())
    .filter(Boolean);
// A cell written by our export with a formula guard ("'=…") reads back as written.
const unguard = (s: string): string => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function year(v: string, field: Column, line: number, errors: RosterLineError[]): number | null {
  if (!v) return null;
  if (!/^\d{4}$/.test(v) || Number(v) < 2000 || Number(v) > 2100) {
    errors.push({ line, field, message: `"${v}" is not a year (2000–2100)` });
    return null;
  }
  return Number(v);
}

/** Validates one record (header → cell text); `line` is the 1-based line of the file. */
function toRow(
  rec: Partial<Record<Column, string>>,
  line: number,
  errors: RosterLineError[],
): RosterRow & { line: number } {
  const get = (c: Column): string => unguard((rec[c] ?? '').trim());
  const region = get('region')
    .split(/[/／·]/)
    .map((s) => s.trim());
  if (!get('region') || region.some((s) => !s))
    errors.push({ line, field: 'region', message: 'region path is required, e.g. 合成省/合成市/东阳区' });
  const name = get('name').replace(/\s+/g, '');
  if (!name) errors.push({ line, field: 'name', message: 'name is required' });
  const kindText = get('kind');
  const kind = (REPORT_KINDS as readonly string[]).includes(kindText)
    ? (kindText as ReportKind)
    : KIND_ZH.get(kindText);
  if (!kind) errors.push({ line, field: 'kind', message: `"${kindText}" is not a kind (${REPORT_KINDS.join(', ')})` });
  const levelText = get('level');
  const level = (ADMIN_LEVELS as readonly string[]).includes(levelText)
    ? (levelText as AdminLevel)
    : LEVEL_ZH[levelText];
  if (!level)
    errors.push({ line, field: 'level', message: `"${levelText}" is not a level (${ADMIN_LEVELS.join(', ')})` });
  const firstYear = year(get('first_year'), 'first_year', line, errors);
  const lastYear = year(get('last_year'), 'last_year', line, errors);
  if (firstYear !== null && lastYear !== null && firstYear > lastYear) {
    errors.push({ line, field: 'last_year', message: `last year ${lastYear} is before first year ${firstYear}` });
  }
  const sourceUrls = list(get('source_urls'));
  for (const u of sourceUrls) {
    if (!/^https?:\/\/[^\s/]+/i.test(u))
      errors.push({ line, field: 'source_urls', message: `"${u}" is not an http(s) URL` });
  }
  const parent = get('parent').replace(/\s+/g, '') || null;
  if (parent && parent === name) errors.push({ line, field: 'parent', message: 'a body cannot be its own parent' });
  return {
    line,
    region,
    name,
    kind: kind ?? 'other',
    level: level ?? 'city',
    parent,
    firstYear,
    lastYear,
    successor: get('successor').replace(/\s+/g, '') || null,
    aliases: list(get('aliases')),
    sourceUrls,
    note: get('note') || null,
  };
}

function checkFile(rows: (RosterRow & { line: number })[], errors: RosterLineError[]): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.region.join('/')}|${r.name}`;
    const first = seen.get(k);
    if (first !== undefined)
      errors.push({
        line: r.line,
        field: 'name',
        message: `${r.name} is listed twice in ${r.region.join('/')} (first on line ${first})`,
      });
    else seen.set(k, r.line);
  }
  if (!rows.length && !errors.length) errors.push({ line: 1, field: 'line', message: 'the file lists no bodies' });
}

function fromRecords(header: string[], records: string[][], firstLine: number): RosterParse {
  const errors: RosterLineError[] = [];
  const cols = header.map((h) => {
    const t = h.replace(/^\uFEFF/, '').trim();
    return (ROSTER_COLUMNS as readonly string[]).includes(t) ? (t as Column) : HEADER_ZH[t];
  });
  const missing = (['region', 'name', 'kind', 'level'] as Column[]).filter((c) => !cols.includes(c));
  if (missing.length)
    return {
      rows: [],
      errors: [
        {
          line: 1,
          field: 'header',
          message: `missing column(s): ${missing.join(', ')} (first line must name the columns)`,
        },
      ],
    };
  const unknown = header.filter((_, i) => !cols[i] && header[i].trim());
  if (unknown.length) errors.push({ line: 1, field: 'header', message: `unknown column(s): ${unknown.join(', ')}` });
  const rows: (RosterRow & { line: number })[] = [];
  records.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const rec: Partial<Record<Column, string>> = {};
    cols.forEach((c, j) => {
      if (c) rec[c] = cells[j] ?? '';
    });
    rows.push(toRow(rec, firstLine + i, errors));
  });
  checkFile(rows, errors);
  return { rows, errors };
}

export function parseRosterCsv(text: string): RosterParse {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [
        { line, field: 'line', message: `not valid CSV: ${(e as Error).message.replace(/^Invalid [^:]*: /, '')}` },
      ],
    };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'header', message: 'the file is empty' }] };
  return fromRecords(records[0], records.slice(1), 2);
}

/** Rows of the first worksheet as text (exceljs cell values), header first. */
export function parseRosterSheet(sheet: string[][]): RosterParse {
  if (!sheet.length) return { rows: [], errors: [{ line: 1, field: 'header', message: 'the sheet is empty' }] };
  return fromRecords(sheet[0], sheet.slice(1), 2);
}

export function rosterRecord(r: RosterRow): string[] {
  return [
    r.region.join('/'),
    r.name,
    r.kind,
    r.level,
    r.parent ?? '',
    r.firstYear?.toString() ?? '',
    r.lastYear?.toString() ?? '',
    r.successor ?? '',
    r.aliases.join('|'),
    r.sourceUrls.join('|'),
    r.note ?? '',
  ];
}

export function formatRosterCsv(rows: RosterRow[]): string {
  // Spreadsheet programs run a cell starting with = + - @ (or tab/CR) as a formula: csv-stringify writes it with a
  // leading ' (as the exports do), and parsing reads it back as written.
  return stringify([[...ROSTER_COLUMNS], ...rows.map(rosterRecord)], {
    bom: true,
    record_delimiter: '\n',
    escape_formulas: true,
  });
}
