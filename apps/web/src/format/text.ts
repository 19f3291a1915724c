// Long Chinese names and metric labels in tight places (axis labels, select tags): cut with an ellipsis, the full
// text stays in tooltips and titles.
export function ellipsis(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A metric label for a tag: without the template's row numbering (一、 （三） 1.) and cut to `max` characters. */
export function shortMetricLabel(label: string, max = 14): string {
  return ellipsis(label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)\s*/, ''), max);
}
