// Pure: the messages of the publication check's findings, in both languages, each carrying its evidence — the URL,
// when it was fetched and the content hash — so an office can cite it without opening the monitor's log.
import { METRIC_BY_KEY } from '@dh/domain';
import type { PairRow, PublicationDetail } from './finding.repository';

type Change = { key: string; before: number | null; after: number | null };
const at = (iso: string | null): string => (iso ? iso.replace('T', ' ').slice(0, 16) : '?');
const num = (v: number | null): string => (v === null ? '空' : String(v));
const numEn = (v: number | null): string => (v === null ? 'blank' : String(v));
const SHOWN = 5;

function changes(cs: Change[] | null, lang: 'zh' | 'en'): string {
  const list = (cs ?? []).slice(0, SHOWN).map((c) => {
    const m = METRIC_BY_KEY.get(c.key);
    return lang === 'zh'
      ? `${m?.rowLabel ?? c.key}${m?.colLabel ? `（${m.colLabel}）` : ''} ${num(c.before)}→${num(c.after)}`
      : `${m?.labelEn ?? c.key} ${numEn(c.before)}→${numEn(c.after)}`;
  });
  const more = (cs?.length ?? 0) - list.length;
  return (
    list.join(lang === 'zh' ? '；' : '; ') +
    (more > 0 ? (lang === 'zh' ? ` 等${cs!.length}处` : ` and ${more} more`) : '')
  );
}

function evidence(d: PublicationDetail, lang: 'zh' | 'en'): string {
  const hash = d.hash
    ? lang === 'zh'
      ? `，内容哈希 ${d.hash.slice(0, 12)}…`
      : `, content hash ${d.hash.slice(0, 12)}…`
    : '';
  return lang === 'zh'
    ? `（${d.url ?? '—'}，检查于 ${at(d.checkedAt)} UTC${hash}）`
    : ` (${d.url ?? '—'}, fetched ${at(d.checkedAt)} UTC${hash})`;
}

const SOURCE_ZH: Record<string, string> = { submission: '报送稿', upload: '上传稿' };

export function publicationText(p: PairRow): { zh: string; en: string; keys: string[] } {
  const d = p.detail!;
  const ev = { zh: evidence(d, 'zh'), en: evidence(d, 'en') };
  switch (p.code) {
    case 'publication.not_posted':
      return {
        keys: [],
        zh: `截至检查时未在年报栏目找到${p.year}年度报告，应于${d.dueOn}前公开${ev.zh}`,
        en: `No ${p.year} report found in the annual-report column, due by ${d.dueOn}${ev.en}`,
      };
    case 'publication.late':
      return {
        keys: [],
        zh: `网站发布时间${d.postedOn}晚于应公开日期${d.dueOn}${ev.zh}`,
        en: `Posted on ${d.postedOn}, after the due date ${d.dueOn}${ev.en}`,
      };
    case 'publication.gone':
      return {
        keys: [],
        zh: `已公开的年报页面无法访问（${d.note ?? ''}）${ev.zh}`,
        en: `The posted report is gone (${d.note ?? ''})${ev.en}`,
      };
    case 'publication.edited':
      return {
        keys: (d.changed ?? []).map((c) => c.key),
        zh: `公开后于${at(d.editedAt)}被修改${d.changed?.length ? `：${changes(d.changed, 'zh')}` : '（数字未变）'}${ev.zh}`,
        en: `Edited after posting, at ${at(d.editedAt)}${d.changed?.length ? `: ${changes(d.changed, 'en')}` : ' (no figure changed)'}${ev.en}`,
      };
    case 'publication.differs':
      return {
        keys: (d.differs ?? []).map((c) => c.key),
        zh: `网站公开的年报与${SOURCE_ZH[d.comparedSource ?? ''] ?? '报送稿'}不一致（${SOURCE_ZH[d.comparedSource ?? ''] ?? '报送稿'}→网站）：${changes(d.differs, 'zh')}${ev.zh}`,
        en: `The posted report differs from the ${d.comparedSource ?? 'submitted'} copy (received → posted): ${changes(d.differs, 'en')}${ev.en}`,
      };
    case 'publication.outside_column':
      return {
        keys: [],
        zh: `年报发布在年报栏目以外的页面（${d.listUrl ?? '—'}）${ev.zh}`,
        en: `Posted outside the annual-report column (${d.listUrl ?? '—'})${ev.en}`,
      };
    case 'publication.unreadable':
      return {
        keys: [],
        zh: `已公开，但附件无法读取：${d.note ?? ''}${ev.zh}`,
        en: `Posted, but the attachment cannot be read: ${d.note ?? ''}${ev.en}`,
      };
    default:
      return {
        keys: [],
        zh: `年报栏目无法检查：${d.note ?? ''}${ev.zh}`,
        en: `The annual-report column could not be checked: ${d.note ?? ''}${ev.en}`,
      };
  }
}
