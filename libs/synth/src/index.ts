// Synthetic annual reports for the demo city and the benchmarks. Pure TypeScript, no framework.
export {
  SYNTH_CITY,
  SYNTH_MERGE_LAST_YEAR,
  SYNTH_PROVINCE,
  synthAgencies,
  type SynthAgency,
  type SynthLevel,
} from './city';
export {
  DEFAULT_FAULT_RATE,
  synthCorpus,
  type SynthFault,
  type SynthForm,
  type SynthOptions,
  type SynthReport,
} from './generate';
export { SYNTH_MARK, tableHtml } from './render';
export { SYNTH_ROSTER_NOTE, synthHost, synthRoster, type SynthRosterOptions } from './roster';
export { Rng } from './rng';
export type { Values } from './values';
