// The roster (名录): which bodies must report to a disclosure office, of what kind, and by when. The notices
// (国办公开办函〔2019〕60号 and 〔2021〕30号, 二、报告方式及时间) leave the list to each office (条例第二十七条) and set
// the dates by kind; this module holds those rules once, for the API, the synthetic city and the dashboard.

/**
 * What a body's annual report is, in the notices' terms:
 * - government_compiled: a 人民政府's own report, which 逐级汇总 its departments and lower governments;
 * - government_office: the 政府办公厅（室）'s report on its own work;
 * - department: a county-or-higher government department;
 * - township: 乡镇人民政府 / 街道 (report to the county office, as departments do);
 * - vertical: 实行垂直领导的部门 (e.g. 税务), reporting within its own system, never expected locally;
 * - other: 管委会, 事业单位 with administrative functions… as the office decides.
 */
export const REPORT_KINDS = [
  'government_compiled',
  'government_office',
  'department',
  'township',
  'vertical',
  'other',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ADMIN_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** Kinds whose reports are a body's own work: their sum is a region's total; a compiled report is a separate series. */
export const LOCAL_KINDS: readonly ReportKind[] = ['government_office', 'department', 'township', 'other'];

export const REPORT_KIND_LABELS: Record<ReportKind, { zh: string; en: string }> = {
  government_compiled: { zh: '本级政府（汇总）', en: 'government (compiled)' },
  government_office: { zh: '政府办公厅（室）', en: 'government office' },
  department: { zh: '政府部门', en: 'department' },
  township: { zh: '乡镇（街道）', en: 'township' },
  vertical: { zh: '垂直管理部门', en: 'vertically managed' },
  other: { zh: '其他', en: 'other' },
};

/** One line of the roster: a body that must report (or, for `vertical`, is known but not expected locally). */
export interface RosterRow {
  /** Region path from the province down, e.g. ['合成省', '合成市', '东阳区']. */
  region: string[];
  name: string;
  kind: ReportKind;
  level: AdminLevel;
  /** The 人民政府 whose compiled report sums this body's numbers (empty for a province's government). */
  parent: string | null;
  firstYear: number | null;
  /** Last year it reports (abolished or merged in a 机构改革 after it). */
  lastYear: number | null;
  /** The body that took over its duties. */
  successor: string | null;
  aliases: string[];
  /** The body's 年报栏目 list pages. */
  sourceUrls: string[];
  note: string | null;
}

const COMPILED_DUE: Record<AdminLevel, [number, number] | null> = {
  county: [2, 20],
  city: [3, 10],
  province: [3, 31],
  township: [1, 31],
};

/**
 * The notices' deadline for publishing the report of `year` (ISO date), or null where the local office sets none
 * (vertical bodies report within their own system). Departments, offices, townships: 1月31日; a government's
 * compiled report: county 2月20日, city 3月10日, province 3月31日.
 */
export function defaultDeadline(kind: ReportKind, level: AdminLevel | null, year: number): string | null {
  if (kind === 'vertical') return null;
  const [m, d] = kind === 'government_compiled' && level ? (COMPILED_DUE[level] ?? [1, 31]) : [1, 31];
  return `${year + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from `due` to `published` (both ISO dates); positive when late. */
export function daysLate(published: string, due: string): number {
  return Math.round((utcDay(published) - utcDay(due)) / 86400000);
}

/**
 * An ISO date's midnight UTC in milliseconds, exactly as `Date.parse(date + 'T00:00:00Z')` gives it (NaN when that
 * is not a date). A ranking request asks 2,000 times: a plain YYYY-MM-DD is read digit by digit instead of building
 * a string for the date parser; whatever else (and what the parser would refuse) still goes to the parser.
 */
export function utcDay(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digits(iso, 0, 4),
      m = digits(iso, 5, 2),
      d = digits(iso, 8, 2);
    // The parser rolls a day past the month's end over (02-30 is 03-02), as Date.UTC does; years below 100 differ.
    if (y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Date.UTC(y, m - 1, d);
  }
  return Date.parse(`${iso}T00:00:00Z`);
}

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Whether a roster body is expected to report for `year`. */
export function expectedIn(r: Pick<RosterRow, 'kind' | 'firstYear' | 'lastYear'>, year: number): boolean {
  return (
    r.kind !== 'vertical' &&
    (r.firstYear === null || r.firstYear <= year) &&
    (r.lastYear === null || r.lastYear >= year)
  );
}

// Vertically managed systems (实行垂直领导): their local branches report within the system.
const VERTICAL =
  /(税务局|海关|气象局|烟草专卖局|国家安全局|邮政管理局|金融监督管理|统计调查队|调查队|出入境边防检查站|海事局)$/;

/**
 * A suggestion only, for bodies not yet on the roster. The township rule runs before the government rule:
 * 中村乡人民政府 and …镇人民政府 are townships, not compiled county reports.
 */
export function suggestKind(name: string): ReportKind {
  const n = name.replace(/\s+/g, '');
  if (VERTICAL.test(n)) return 'vertical';
  if (/(乡|镇|街道办事处|街道)(人民政府)?$/.test(n)) return 'township';
  if (/人民政府办公(厅|室)$/.test(n)) return 'government_office';
  if (/人民政府$/.test(n)) return 'government_compiled';
  if (/(管委会|管理委员会)$|（管委会）$/.test(n)) return 'other';
  return 'department';
}
