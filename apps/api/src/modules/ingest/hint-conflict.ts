// Hints given with a file (year, body) fill what it does not print; where it prints something else, neither value
// wins silently: the file stops with both, and the admin chooses (override keeps the given one).
import { candidateNames, isFullName } from '../agency/agency-names';

export interface HintConflict {
  field: 'year' | 'agency';
  given: string;
  printed: string;
}

export function yearHintConflict(given: number | undefined, printed: number | null): HintConflict | null {
  return given && printed && given !== printed
    ? { field: 'year', given: String(given), printed: String(printed) }
    : null;
}

/**
 * A printed name that identifies a body on its own (a full name) and is not the given body: not the same name (a
 * bracketed qualifier or the parent region aside), not its short form (市应急局 → 应急管理局), not an alias of the same body. Partial names (我局, 市应急局) never conflict:
 * they are what the hint is for.
 */
export async function agencyHintConflict(
  given: string,
  printed: string | null,
  lookup: (name: string) => Promise<number | null>,
): Promise<HintConflict | null> {
  const g = given.replace(/\s+/g, '');
  const p = printed?.replace(/\s+/g, '') ?? '';
  if (!p || !isFullName(p)) return null;
  const forms = candidateNames({ printed: p, fileName: '' });
  // A bracketed qualifier after the name (平潭综合实验区（管委会）, …（旧称）) does not name another body.
  const bare = g.replace(/（[^（）]*）$/, '');
  if (forms.includes(g) || forms.includes(bare)) return null;
  // Nor does the parent region written before it (淮安市洪泽区人民政府 for a page that prints 洪泽区人民政府).
  if (bare.endsWith(p) || (isFullName(bare) && p.endsWith(bare))) return null;
  const givenId = await lookup(g);
  if (givenId !== null) {
    for (const name of forms) if ((await lookup(name)) === givenId) return null;
  }
  return { field: 'agency', given: g, printed: p };
}
