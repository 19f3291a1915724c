// The worked queries of docs/api.md as runnable examples: the explorer offers them, and a db test runs every one.
// Ids are never printed in the docs: a variable written "<id of region 合成市>" is looked up before running.

export interface DocExample {
  /** The heading the query sits under, with a counter when one heading has several queries. */
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** The ```json block printed after the query (the answer it shows), or null. */
  shown: string | null;
}

export interface IdLookup {
  kind: 'region' | 'agency';
  name: string;
}

const LOOKUP = /^<id of (region|agency) (.+)>$/;

export function lookupOf(v: unknown): IdLookup | null {
  const m = typeof v === 'string' ? LOOKUP.exec(v) : null;
  return m ? { kind: m[1] as IdLookup['kind'], name: m[2] } : null;
}

/** Every ```graphql block of the markdown, its `# variables: {…}` line, and the json block right after it. */
export function docExamples(markdown: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = markdown.split('\n');
  let heading = 'example';
  let perHeading = 0;
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{2,4} (.+)$/.exec(lines[i]);
    if (h) {
      heading = h[1].trim();
      perHeading = 0;
      continue;
    }
    if (lines[i].trim() !== '```graphql') continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i].trim() !== '```'; i++) body.push(lines[i]);
    const varLine = body.findIndex((l) => /^#\s*variables:/.test(l));
    let variables: Record<string, unknown> = {};
    if (varLine >= 0) {
      const json = body[varLine].replace(/^#\s*variables:/, '').trim();
      try {
        variables = JSON.parse(json) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`docs: the variables of "${heading}" are not JSON: ${(e as Error).message}`);
      }
      body.splice(varLine, 1);
    }
    let shown: string | null = null;
    if (lines[i + 1]?.trim() === '```json') {
      const json: string[] = [];
      for (i += 2; i < lines.length && lines[i].trim() !== '```'; i++) json.push(lines[i]);
      shown = json.join('\n');
    }
    perHeading++;
    out.push({
      title: perHeading > 1 ? `${heading} (${perHeading})` : heading,
      query: body.join('\n').trim(),
      variables,
      shown,
    });
  }
  return out;
}

/** Replaces each "<id of …>" variable with the id `find` returns; `find` throws when the name is unknown. */
export async function resolveLookups(
  vars: Record<string, unknown>,
  find: (l: IdLookup) => Promise<number>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(vars)) {
    const l = lookupOf(v);
    out[k] = l ? await find(l) : v;
  }
  return out;
}

/** The GraphQL that answers a lookup, and how to read the id out of its data. */
export function lookupQuery(l: IdLookup): {
  query: string;
  variables: Record<string, unknown>;
  pick: (data: unknown) => number | null;
} {
  if (l.kind === 'region') {
    return {
      query: '{ regions { id name } }',
      variables: {},
      pick: (d) => idNamed((d as { regions: { id: string | number; name: string }[] }).regions, l.name),
    };
  }
  return {
    query: 'query($q: String!) { agencies(filter: { search: $q }, limit: 20) { id name } }',
    variables: { q: l.name },
    pick: (d) => idNamed((d as { agencies: { id: string | number; name: string }[] }).agencies, l.name),
  };
}

function idNamed(rows: { id: string | number; name: string }[], name: string): number | null {
  const row = rows.find((r) => r.name === name);
  return row ? Number(row.id) : null;
}
