// The synthetic city's roster (名录): the same bodies as the corpus, with kind, parent government, years and the
// fictional addresses of their 年报 pages. Everything here is marked synthetic.
import type { AdminLevel, RosterRow } from '@dh/domain';
import { SYNTH_CITY, synthAgencies, type SynthAgency } from './city';
import { subSeed } from './rng';

export const SYNTH_ROSTER_NOTE = '合成数据 SYNTHETIC：程序生成的演示机关，并非真实名录';

export interface SynthRosterOptions {
  agencies: number;
  city?: string;
  years: [number, number];
}

/** The fictional host of a city's site: hecheng.example for 合成市, a stable hash for the cities tests invent. */
export function synthHost(city = SYNTH_CITY): string {
  return city === SYNTH_CITY ? 'hecheng.example' : `hecheng-${subSeed(0, city).toString(36)}.example`;
}

function sourceUrl(a: SynthAgency, city: string): string {
  const host = synthHost(city);
  // Vertical bodies publish on their own system's site, not the city's.
  return a.kind === 'vertical' ? `https://chinatax.${host}/xxgk/ndbg/` : `https://${host}/xxgk/ndbg/${a.slug}/`;
}

function note(a: SynthAgency): string {
  if (a.successor) return `${SYNTH_ROSTER_NOTE}；${a.lastYear}年后机构改革并入${a.successor}`;
  if (a.kind === 'vertical') return `${SYNTH_ROSTER_NOTE}；实行垂直领导，在本系统内报告，不计入本地汇总`;
  return SYNTH_ROSTER_NOTE;
}

/** Whether a body is on the roster and reports for `year` (the first year of the corpus on; none after its last). */
export function reportsIn(a: Pick<SynthAgency, 'lastYear'>, year: number): boolean {
  return a.lastYear === null || year <= a.lastYear;
}

export function rosterRow(a: SynthAgency, city: string, firstYear: number): RosterRow {
  return {
    region: a.regionPath,
    name: a.name,
    kind: a.kind,
    level: a.level satisfies AdminLevel,
    parent: a.parent,
    firstYear,
    lastYear: a.lastYear,
    successor: a.successor,
    aliases: [],
    sourceUrls: [sourceUrl(a, city)],
    note: note(a),
  };
}

/**
 * One row per body of `synthAgencies(agencies, city)` that reports within `years` (a body merged before the first
 * year is left out), in the corpus order. firstYear is the corpus' first year: the roster starts with the corpus.
 */
export function synthRoster(o: SynthRosterOptions): RosterRow[] {
  const city = o.city ?? SYNTH_CITY;
  return synthAgencies(o.agencies, city)
    .filter((a) => reportsIn(a, o.years[0]))
    .map((a) => rosterRow(a, city, o.years[0]));
}
