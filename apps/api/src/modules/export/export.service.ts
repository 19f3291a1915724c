// Exports reuse the GraphQL services: the file holds exactly what the query returns.
import { BadRequestException, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { CollectionService } from '../collection/collection.service';
import { CompareSortField, GroupBy } from '../compare/compare.model';
import { CompareService } from '../compare/compare.service';
import { RankingService } from '../ranking/ranking.service';
import { SeriesService } from '../series/series.service';
import type { TableLang } from '@dh/domain';
import { validateInput } from '../../common/http/validate-input';
import { AgencyQueryRepository } from '../agency/agency-query.repository';
import { RegionQueryRepository } from '../region/region-query.repository';
import {
  CollectionExportArgs,
  CompareExportArgs,
  RankingExportArgs,
  SeriesExportArgs,
  type ExportQuery,
} from './export.args';
import { describeFilters, idsOf } from './export.filters';
import {
  collectionTable,
  compareTable,
  rankingTable,
  reminderTable,
  seriesTable,
  toCsv,
  type ExportTable,
} from './export.tables';

const REQUIRED: Record<ExportQuery, string[]> = {
  compare: ['metrics', 'years'],
  series: ['metric'],
  ranking: ['year'],
  collection: ['year'],
  reminders: ['year'],
};

@Injectable()
export class ExportService {
  constructor(
    private readonly compare: CompareService,
    private readonly series: SeriesService,
    private readonly ranking: RankingService,
    private readonly collection: CollectionService,
    private readonly agencies: AgencyQueryRepository,
    private readonly regions: RegionQueryRepository,
  ) {}

  // The header rows name what was asked for, with the names of the bodies and region instead of their ids.
  private async filtersOf(args: object, lang: TableLang): Promise<[string, string][]> {
    const ids = idsOf(args as Record<string, unknown>);
    const [bodies, regions] = await Promise.all([
      ids.agencies.length ? this.agencies.search({ ids: ids.agencies }, ids.agencies.length, 0) : [],
      ids.regions.length ? this.regions.byIds(ids.regions) : [],
    ]);
    const names = {
      agencies: new Map(bodies.map((b) => [b.id, b.name])),
      regions: new Map(regions.map((r) => [r.id, r.name])),
    };
    return describeFilters(args as Record<string, unknown>, names, lang);
  }

  // Arguments arrive as JSON, are validated like the GraphQL arguments, then go to the same services (defaults mirrored).
  async table(query: ExportQuery, raw: Record<string, unknown>, lang: TableLang = 'zh'): Promise<ExportTable> {
    const missing = REQUIRED[query].filter((k) => raw[k] === undefined || raw[k] === null);
    if (missing.length) throw new BadRequestException(`${query} needs ${missing.join(', ')}`);
    switch (query) {
      case 'compare': {
        const a = validateInput(CompareExportArgs, raw, 'args');
        const sort = a.sort && { ...a.sort, field: a.sort.field ?? CompareSortField.value, desc: a.sort.desc ?? true };
        return compareTable(
          await this.compare.compare({ groupBy: GroupBy.agency, limit: 1000, ...a, sort }),
          await this.filtersOf(a, lang),
          lang,
        );
      }
      case 'series': {
        const a = validateInput(SeriesExportArgs, raw, 'args');
        return seriesTable(await this.series.series({ limit: 500, ...a }), await this.filtersOf(a, lang));
      }
      case 'ranking': {
        const a = validateInput(RankingExportArgs, raw, 'args');
        return rankingTable(
          await this.ranking.ranking({ limit: 1000, offset: 0, ...a }),
          await this.filtersOf(a, lang),
        );
      }
      case 'collection': {
        const a = validateInput(CollectionExportArgs, raw, 'args');
        return collectionTable(await this.collection.status(a.year, a.regionId), await this.filtersOf(a, lang));
      }
      case 'reminders': {
        const a = validateInput(CollectionExportArgs, raw, 'args');
        return reminderTable(await this.collection.status(a.year, a.regionId), await this.filtersOf(a, lang));
      }
    }
  }

  csv(t: ExportTable): Buffer {
    return Buffer.from(toCsv(t), 'utf8');
  }

  async xlsx(t: ExportTable): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    ws.addRow([t.title]).font = { bold: true };
    for (const [k, v] of t.filters) ws.addRow([k, v]);
    ws.addRow([]);
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
