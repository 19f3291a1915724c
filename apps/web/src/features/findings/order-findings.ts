// The order the office works in: errors before warnings before notes, the newest year first, then by body.
const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function orderFindings<T extends { severity: string; year: number; agencyName: string }>(rows: T[]): T[] {
  const sev = (s: string) => SEVERITY_ORDER[s] ?? 3;
  return [...rows].sort(
    (a, b) => sev(a.severity) - sev(b.severity) || b.year - a.year || a.agencyName.localeCompare(b.agencyName, 'zh-CN'),
  );
}
