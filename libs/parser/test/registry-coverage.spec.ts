// The template registry's promise: every cell the catalogue lists for a template is printed by synth and read back
// by the parser, with the value synth wrote, from every form synth writes. A catalogue entry no table prints, or a
// printed row the parser does not recognise, fails here.
import { metricsOfTemplate, registeredTemplates, table2, table3, table4, type TemplateId } from '@dh/domain';
import { synthCorpus, type SynthForm, type SynthReport } from '@dh/synth';
import { parseReport } from '../src';

const FORMS: SynthForm[] = ['html', 'text'];
// Clean reports: label typos and broken sums are faults the parser reports, tested elsewhere.
const clean = (form: SynthForm): SynthReport[] => [
  ...synthCorpus({
    agencies: 12,
    years: [2019, 2022],
    seed: 23,
    forms: [form],
    missingRate: 0,
    faultRate: { broken_sum: 0, label_typo: 0, late_publication: 0, gbk: 0 },
  }),
];

describe('template registry coverage', () => {
  it('knows exactly the two State Council templates', () => {
    expect(registeredTemplates()).toEqual(['2019', '2021']);
  });

  for (const t of ['2019', '2021'] as TemplateId[]) {
    it(`${t}: every catalogue key has a cell in the printed grids`, () => {
      const keys = metricsOfTemplate(t).map((m) => m.key);
      const none = new Map<string, { raw: string }>();
      const gridKeys = [table2(none, t), table3(none, t), table4(none)].flat(2).flatMap((c) => (c.key ? [c.key] : []));
      expect(new Set(gridKeys)).toEqual(new Set(keys));
      expect(gridKeys).toHaveLength(keys.length);
    });

    for (const form of FORMS) {
      it(`${t} as ${form}: every catalogue key is written by synth and read back with its value`, async () => {
        const reports = clean(form)
          .filter((r) => r.template === t)
          .slice(0, 4);
        expect(reports.length).toBe(4);
        const keys = metricsOfTemplate(t).map((m) => m.key);
        for (const r of reports) {
          const parsed = await parseReport({ bytes: r.bytes, fileName: r.fileName });
          expect(parsed.template).toBe(t);
          const read = new Map(parsed.cells.map((c) => [c.key, c.value]));
          const missing = keys.filter((k) => !r.values.has(k) || !read.has(k));
          expect({ file: r.fileName, missing }).toEqual({ file: r.fileName, missing: [] });
          const wrong = keys
            .filter((k) => read.get(k) !== r.values.get(k)!.value)
            .map((k) => `${k}: ${read.get(k)} ≠ ${r.values.get(k)!.value}`);
          expect({ file: r.fileName, wrong }).toEqual({ file: r.fileName, wrong: [] });
          // Nothing beyond the catalogue: every read cell is a catalogue key of the template.
          expect(parsed.cells.map((c) => c.key).filter((k) => !keys.includes(k))).toEqual([]);
        }
      });
    }
  }
});
