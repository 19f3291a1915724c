// Loads demo data on first start: the committed real sample reports, then a small synthetic city (合成市)
// from the generator, stored with synthetic = true so the dashboard can mark it.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { synthCorpus, synthRoster } from '@dh/synth';
import { DataSource } from 'typeorm';
import { RosterService } from '../roster/roster.service';
import { IngestService, type IngestResult } from './ingest.service';

interface SampleMeta {
  agencyName?: string;
  year?: number;
  region?: string[];
}

/** Seed of the demo city: the same city on every machine. */
export const DEMO_SYNTH_SEED = 20260101;

// INDEX.tsv names the body, region and year of each copy; notes in brackets (推断…, 县级…) are not part of names.
export function readSampleIndex(tsv: string): Map<string, SampleMeta> {
  const out = new Map<string, SampleMeta>();
  for (const line of tsv.split('\n').slice(1)) {
    const [file, agency, region, year] = line.split('\t');
    if (!file) continue;
    const name = agency?.replace(/（(推断|页面|正文)[^）]*）$/, '').trim();
    const known = name && !name.startsWith('不详') && !name.includes('某');
    const parts = (region ?? '').split('·').map((p) => p.replace(/（[^）]*）/g, '').trim());
    const regionPath = parts.every((p) => p && !p.startsWith('不详')) ? parts : undefined;
    out.set(path.basename(file), {
      agencyName: known ? name : undefined,
      year: /^\d{4}$/.test(year ?? '') ? Number(year) : undefined,
      region: regionPath,
    });
  }
  return out;
}

@Injectable()
export class DemoDataService {
  private readonly log = new Logger('DemoData');
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly ingest: IngestService,
    private readonly roster: RosterService,
  ) {}

  async isEmpty(): Promise<boolean> {
    const rows: { n: number }[] = await this.ds.query('SELECT count(*)::int AS n FROM report');
    return rows[0].n === 0;
  }

  async loadSamples(dir: string): Promise<IngestResult[]> {
    const index = readSampleIndex(await fs.readFile(path.join(dir, 'INDEX.tsv'), 'utf8').catch(() => ''));
    const files: string[] = [];
    for (const sub of ['seeds', 'reports']) {
      const names = await fs.readdir(path.join(dir, sub)).catch(() => [] as string[]);
      files.push(
        ...names
          .filter((n) => /\.(txt|html?|pdf|docx)$/i.test(n))
          .sort()
          .map((n) => path.join(dir, sub, n)),
      );
    }
    const results: IngestResult[] = [];
    for (const file of files) {
      const meta = index.get(path.basename(file)) ?? {};
      results.push(
        await this.ingest.ingest({ bytes: await fs.readFile(file), fileName: path.basename(file), ...meta }),
      );
    }
    const stored = results.filter((r) => r.status !== 'failed').length;
    this.log.log(`demo data: ${stored} of ${results.length} sample reports stored from ${dir}`);
    for (const r of results.filter((x) => x.status === 'failed')) this.log.warn(r.error ?? r.fileName);
    return results;
  }

  /** The synthetic demo city: `agencies` bodies × 2019–2025, faults included, every report marked synthetic. */
  async loadSyntheticCity(agencies: number, seed = DEMO_SYNTH_SEED, city?: string): Promise<IngestResult[]> {
    // The city's roster first: its bodies get their kinds, parents and years before their reports arrive. The real
    // samples from other cities are not on it, so they never count as expected there.
    const rows = synthRoster({ agencies, years: [2019, 2025], city });
    await this.roster.import(
      'synthetic-roster',
      { rows: rows.map((r, i) => ({ ...r, line: i + 2 })), errors: [] },
      { replace: false, actor: 'demo', synthetic: true },
    );
    const results: IngestResult[] = [];
    for (const r of synthCorpus({ agencies, years: [2019, 2025], seed, city })) {
      results.push(
        await this.ingest.ingest({
          bytes: r.bytes,
          fileName: r.fileName,
          agencyName: r.agency.name,
          region: r.agency.regionPath,
          synthetic: true,
        }),
      );
    }
    const failed = results.filter((x) => x.status === 'failed');
    this.log.log(
      `demo data: ${results.length - failed.length} of ${results.length} synthetic reports (合成市, seed ${seed}) stored`,
    );
    for (const r of failed) this.log.warn(r.error ?? r.fileName);
    return results;
  }
}
