// Does a section's running text hold a flattened table (labels and digits with no separators)?
// `规章000规范性文件898989`, `一、本年新收政府信息公开申请数量0000000`, `…尚未审结总计000000000000000`.
import type { SectionNo } from '@dh/domain';

const PATTERNS: Record<SectionNo, RegExp> = {
  二: /(规\s*章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)\s*[-+]?\d/,
  三: /(申请数量|予以公开|国家秘密|不掌握相关政府信息|重复申请|\(七\)总计|（七）总计|继续办理)\s*\d/,
  四: /(尚未审结|总\s*计)\s*\d/,
};

export function looksFlattened(section: SectionNo, text: string): boolean {
  if (text.includes('|')) return false;
  const re = PATTERNS[section];
  return re.test(text) && (section !== '四' || /行政复议/.test(text));
}
