// Where the flattened tables sit in the running text. Normally each lies in its own section; table 三 is also
// found by its own row labels when its heading is worded otherwise (`三、依申请公开情况`) or missing, so that a
// page whose heading the section finder cannot see still yields the table (and section 二 stops before it).
import type { SectionNo } from '@dh/domain';
import { looksFlattened } from './flattened-detect';
import type { SectionSpan } from './sections';

export interface FlatRegion {
  kind: SectionNo;
  start: number;
  end: number;
}

const KIND_OF: Record<number, SectionNo> = { 2: '二', 3: '三', 4: '四' };

// What only table 三 prints: its 勾稽关系 note, the applicant header, its first and last row labels.
const T3_ANCHOR =
  /[（(]\s*本列数据的勾稽关系|申请人情况\s*自然人|一\s*[、.．]?\s*本\s*年\s*新\s*收\s*政\s*府\s*信\s*息\s*公\s*开\s*申\s*请\s*数\s*量/g;

/** Flattened table regions for sections whose table was not printed as a table (`hasTable` says which were). */
export function flattenedRegions(
  text: string,
  spans: SectionSpan[],
  hasTable: (k: SectionNo) => boolean,
): FlatRegion[] {
  const out: FlatRegion[] = [];
  for (const sp of spans) {
    const kind = KIND_OF[sp.no];
    if (kind && !hasTable(kind)) out.push({ kind, start: sp.start, end: sp.end });
  }
  const three = out.find((r) => r.kind === '三');
  if (hasTable('三') || (three && looksFlattened('三', strip(text.slice(three.start, three.end))))) return out;
  const found = unheaded3(text, spans);
  if (!found) return out;
  // The section the table was printed in (二 when the 三 heading is missing) ends where the table starts.
  const host = out.find((r) => r.start <= found.start && found.start < r.end);
  if (host) host.end = found.start;
  const kept = out.filter((r) => r.kind !== '三' && r.end > r.start);
  kept.push(found);
  return kept.sort((a, b) => a.start - b.start);
}

function unheaded3(text: string, spans: SectionSpan[]): FlatRegion | null {
  const after2 = spans.find((s) => s.no === 2)?.start ?? 0;
  T3_ANCHOR.lastIndex = after2;
  const m = T3_ANCHOR.exec(text);
  if (!m) return null;
  const next = spans.find((s) => s.no >= 4 && s.start > m.index);
  const region = { kind: '三' as const, start: m.index, end: next ? next.start : text.length };
  return looksFlattened('三', strip(text.slice(region.start, region.end))) ? region : null;
}

const strip = (s: string) => s.replace(/\u0001/g, '');
