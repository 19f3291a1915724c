// The State Council's templates and the report years each applies to — the one place that rule is written. The 2019
// template (国办公开办函〔2019〕60号, trial) covers the 2019 and 2020 reports, the 2021 template (国办公开办函〔2021〕30号)
// the 2021 reports on. A year only says which template a report *should* use: the parser detects the template from the
// tables' own headers, and a mismatch is a finding.
import type { TemplateId } from './model';

export interface TemplateVersion {
  id: TemplateId;
  notice: string;
  firstYear: number;
  lastYear: number | null;
}

const VERSIONS: TemplateVersion[] = [
  { id: '2019', notice: '国办公开办函〔2019〕60号', firstYear: 2019, lastYear: 2020 },
  { id: '2021', notice: '国办公开办函〔2021〕30号', firstYear: 2021, lastYear: null },
];
export const TEMPLATES: readonly TemplateVersion[] = VERSIONS;

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((t) => t.id);
export const LATEST_TEMPLATE: TemplateId = TEMPLATES[TEMPLATES.length - 1].id;

/** The newest template (a registered one included). */
export function latestTemplate(): TemplateId {
  return VERSIONS[VERSIONS.length - 1].id;
}

/**
 * A new template from `firstYear` on: the open-ended one before it now ends the year before (template-registry.ts
 * `registerTemplate` calls this; the year rule stays here).
 */
export function addTemplateVersion(v: TemplateVersion): void {
  const last = VERSIONS[VERSIONS.length - 1];
  if (v.firstYear <= last.firstYear)
    throw new Error(`template ${v.id} must start after ${last.id} (${last.firstYear})`);
  if (last.lastYear === null || last.lastYear >= v.firstYear)
    VERSIONS[VERSIONS.length - 1] = { ...last, lastYear: v.firstYear - 1 };
  VERSIONS.push(v);
}

/** The template a report on `year` should use (years before the first template: the first one). */
export function templateForYear(year: number): TemplateId {
  return (
    VERSIONS.find((t) => year >= t.firstYear && (t.lastYear === null || year <= t.lastYear))?.id ?? TEMPLATES[0].id
  );
}

export function isTemplateId(t: string): t is TemplateId {
  return VERSIONS.some((v) => v.id === t);
}
