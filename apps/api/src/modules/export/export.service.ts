// Exports reuse the GraphQL services: the file holds exactly what the query returns.
import { BadRequestException, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { CollectionService } from '../collection/collection.service';
import { GroupBy } from '../compare/compare.model';
import { CompareService } from '../compare/compare.service';
import { RankingService } from '../ranking/ranking.service';
import { SeriesService } from '../series/series.service';
import { collectionTable, compareTable, rankingTable, seriesTable, toCsv, type ExportTable } from './export.tables';

export type ExportQuery = 'compare' | 'series' | 'ranking' | 'collection';

function filtersOf(args: Record<string, unknown>): [string, string][] {
  return Object.entries(args).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
}

@Injectable()
export class ExportService {
  constructor(private readonly compare: CompareService, private readonly series: SeriesService, private readonly ranking: RankingService,
    private readonly collection: CollectionService) {}

  // Arguments arrive as JSON and are handed to the same services as the GraphQL resolvers (defaults mirrored).
  async table(query: string, args: Record<string, unknown>): Promise<ExportTable> {
    const f = filtersOf(args);
    const need = (keys: string[]): void => {
      const missing = keys.filter((k) => args[k] === undefined || args[k] === null);
      if (missing.length) throw new BadRequestException(`${query} needs ${missing.join(', ')}`);
    };
    switch (query) {
      case 'compare':
        need(['metrics', 'years']);
        return compareTable(await this.compare.compare({ groupBy: GroupBy.agency, limit: 1000, ...args } as Parameters<CompareService['compare']>[0]), f);
      case 'series':
        need(['metric']);
        return seriesTable(await this.series.series({ limit: 500, ...args } as Parameters<SeriesService['series']>[0]), f);
      case 'ranking':
        need(['year']);
        return rankingTable(await this.ranking.ranking({ limit: 1000, offset: 0, ...args } as Parameters<RankingService['ranking']>[0]), f);
      case 'collection':
        need(['year']);
        return collectionTable(await this.collection.status(Number(args.year), args.regionId === undefined ? undefined : Number(args.regionId)), f);
      default: throw new BadRequestException('query must be compare, series, ranking or collection');
    }
  }

  csv(t: ExportTable): Buffer {
    return Buffer.from(toCsv(t), 'utf8');
  }

  async xlsx(t: ExportTable): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    ws.addRow([t.title]).font = { bold: true };
    for (const [k, v] of t.filters) ws.addRow([`筛选：${k}`, v]);
    ws.addRow([]);
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
