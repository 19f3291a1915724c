// `npm run cli -- synth --agencies N --years 2019-2025 --seed S --out DIR [--forms html,text] [--fault-rate R] [--missing-rate R]`
// Writes a synthetic corpus (demo and benchmarks only) plus INDEX.tsv naming each file's body, region, year and faults,
// and roster.json: the city's roster (RosterRow[] of @dh/domain) with each body's kind, parent government and years.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { synthCorpus, synthRoster, type SynthFault, type SynthForm, type SynthOptions } from '@dh/synth';

export function parseSynthArgs(args: string[]): (SynthOptions & { out: string }) | string {
  const o: Partial<SynthOptions & { out: string }> = { years: [2019, 2025], seed: 1 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i],
      v = args[++i];
    if (v === undefined) return `${a} needs a value`;
    if (a === '--agencies') o.agencies = Number(v);
    else if (a === '--seed') o.seed = Number(v);
    else if (a === '--out') o.out = v;
    else if (a === '--years') {
      const m = /^(\d{4})(?:-(\d{4}))?$/.exec(v);
      if (!m) return `--years ${v}: expected YYYY or YYYY-YYYY`;
      o.years = [Number(m[1]), Number(m[2] ?? m[1])];
    } else if (a === '--forms') {
      const forms = v.split(',');
      if (!forms.every((f) => f === 'html' || f === 'text')) return `--forms ${v}: use html, text or html,text`;
      o.forms = forms as SynthForm[];
    } else if (a === '--fault-rate') {
      const r = Number(v);
      o.faultRate = { late_publication: r, broken_sum: r, label_typo: r, gbk: r } satisfies Record<SynthFault, number>;
    } else if (a === '--missing-rate') o.missingRate = Number(v);
    else return `unknown option ${a}`;
  }
  if (!Number.isInteger(o.agencies) || o.agencies! < 1) return '--agencies N (a positive integer) is required';
  if (!Number.isInteger(o.seed)) return '--seed must be an integer';
  if (!o.out) return '--out DIR is required';
  return o as SynthOptions & { out: string };
}

export async function runSynthCommand(args: string[]): Promise<number> {
  const o = parseSynthArgs(args);
  if (typeof o === 'string') {
    process.stderr.write(`synth: ${o}\n`);
    return 2;
  }
  await fs.mkdir(o.out, { recursive: true });
  const index = ['file\tagency\tregion\tyear\ttemplate\tform\tencoding\tpublished\tfaults'];
  let n = 0;
  for (const r of synthCorpus(o)) {
    await fs.writeFile(path.join(o.out, r.fileName), r.bytes);
    index.push(
      [
        r.fileName,
        r.agency.name,
        r.agency.regionPath.join('·'),
        r.year,
        r.template,
        r.form,
        r.encoding,
        r.publishedOn,
        r.faults.join(','),
      ].join('\t'),
    );
    n++;
  }
  await fs.writeFile(path.join(o.out, 'INDEX.tsv'), `${index.join('\n')}\n`);
  const roster = synthRoster({ agencies: o.agencies, city: o.city, years: o.years });
  await fs.writeFile(path.join(o.out, 'roster.json'), `${JSON.stringify(roster, null, 2)}\n`);
  process.stdout.write(
    `synth: ${n} synthetic reports (seed ${o.seed}) and a roster of ${roster.length} bodies written to ${o.out}\n`,
  );
  return 0;
}
