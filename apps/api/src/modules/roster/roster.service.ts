// The roster: the office's list of bodies that must report. Imports are all or nothing (every line checked, the
// file refused whole with line numbers); every change is logged for the body's history.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOCAL_KINDS, type ReportKind, type RosterRow } from '@dh/domain';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import { agencyTypeOf } from '../agency/agency-type.util';
import { AgencyRepository } from '../agency/agency.repository';
import { RegionRepository } from '../region/region.repository';
import {
  formatRosterCsv,
  parseRosterCsv,
  parseRosterSheet,
  ROSTER_COLUMNS,
  rosterRecord,
  type RosterLineError,
  type RosterParse,
} from './roster-file';
import { RosterRepository, type RosterEntryRow, type RosterListQuery } from './roster.repository';
import { appConfig } from '../../config/app-config';

export interface RosterImportOutcome {
  imported: number;
  created: number;
  removed: number;
}
export interface RosterEntryPatch {
  kind?: ReportKind;
  level?: RosterRow['level'];
  parentId?: number | null;
  firstYear?: number | null;
  lastYear?: number | null;
  successorId?: number | null;
  sourceUrls?: string[];
  note?: string | null;
  onRoster?: boolean;
}

/** A refused file: every error with its line, also in the message so GraphQL clients see them. */
export class RosterFileError extends BadRequestException {
  constructor(file: string, errors: RosterLineError[]) {
    const shown = errors
      .slice(0, 20)
      .map((e) => `line ${e.line} (${e.field}): ${e.message}`)
      .join('; ');
    super({
      message: `${file}: refused, nothing imported — ${shown}${errors.length > 20 ? `; and ${errors.length - 20} more` : ''}`,
      errors,
    });
  }
}

export const toRosterRow = (e: RosterEntryRow): RosterRow => ({
  region: e.region_path ?? [],
  name: e.name,
  kind: e.kind,
  level: e.level ?? 'city',
  parent: e.parent_name,
  firstYear: e.first_year,
  lastYear: e.last_year,
  successor: e.successor_name,
  aliases: e.aliases,
  sourceUrls: e.source_urls,
  note: e.note,
});

@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: RosterRepository,
    private readonly regions: RegionRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  list(q: RosterListQuery): Promise<RosterEntryRow[]> {
    return this.repo.list(this.ds, {
      ...q,
      limit: Math.min(Math.max(q.limit, 1), 5000),
      offset: Math.max(q.offset, 0),
    });
  }

  count(regionId?: number | null): Promise<{ on_roster: number; off_roster: number } | null> {
    return this.repo.count(this.ds, regionId);
  }

  async entry(id: number): Promise<RosterEntryRow> {
    const e = await this.repo.byId(this.ds, id);
    if (!e) throw new NotFoundException(`agency ${id} not found`);
    return e;
  }

  /**
   * The office's own region, where the dashboard opens: HOME_REGION (a path such as 合成省/合成市) when set, else the
   * region of the highest government on the roster. Null when neither is known (then the dashboard shows 全部).
   */
  async homeRegion(
    configured = appConfig().homeRegion ?? undefined,
  ): Promise<{ id: number; name: string; level: string; source: string } | null> {
    const path =
      configured
        ?.split(/[/／·]/)
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    if (path.length) {
      const r = await this.repo.regionByPath(this.ds, path);
      return r ? { ...r, source: 'config' } : null;
    }
    const r = await this.repo.rosterHome(this.ds);
    return r ? { ...r, source: 'roster' } : null;
  }

  history(id: number): ReturnType<RosterRepository['history']> {
    return this.repo.history(this.ds, id);
  }

  async exportRows(regionId?: number | null): Promise<RosterRow[]> {
    const entries = await this.repo.list(this.ds, { regionId, onRosterOnly: true, limit: 100000, offset: 0 });
    return entries.map(toRosterRow);
  }

  async exportFile(format: 'csv' | 'xlsx', regionId?: number | null): Promise<Buffer> {
    const rows = await this.exportRows(regionId);
    if (format === 'csv') return Buffer.from(formatRosterCsv(rows), 'utf8');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名录');
    ws.addRow([...ROSTER_COLUMNS]);
    for (const r of rows) ws.addRow(rosterRecord(r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async parseFile(fileName: string, bytes: Buffer): Promise<RosterParse> {
    if (/\.xlsx$/i.test(fileName) || bytes.subarray(0, 2).toString('latin1') === 'PK') {
      const wb = new ExcelJS.Workbook();
      try {
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      } catch {
        throw new RosterFileError(fileName, [{ line: 1, field: 'line', message: 'not a readable XLSX workbook' }]);
      }
      const ws = wb.worksheets[0];
      const sheet: string[][] = [];
      ws?.eachRow({ includeEmpty: true }, (row, n) => {
        const vals = (row.values as unknown[]).slice(1);
        sheet[n - 1] = vals.map((v) =>
          v === null || v === undefined
            ? ''
            : typeof v === 'object' && 'text' in (v as object)
              ? String((v as { text: unknown }).text)
              : String(v),
        );
      });
      return parseRosterSheet(Array.from(sheet, (r) => r ?? []));
    }
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD'))
      throw new RosterFileError(fileName, [
        { line: 1, field: 'line', message: 'not UTF-8 text (save the CSV as UTF-8)' },
      ]);
    return parseRosterCsv(text);
  }

  /** Checks and stores a whole file in one transaction; any error refuses it whole. */
  async import(
    fileName: string,
    parsed: RosterParse,
    o: { replace: boolean; actor: string; synthetic?: boolean },
  ): Promise<RosterImportOutcome> {
    if (parsed.errors.length) throw new RosterFileError(fileName, parsed.errors);
    return this.ds.transaction(async (em) => {
      const errors: RosterLineError[] = [];
      const ids = new Map<string, number>();
      const regionIds = new Set<number>();
      let created = 0;
      for (const r of parsed.rows) {
        const regionId = await this.regions.ensurePath(em, r.region, o.synthetic ?? false);
        if (regionId !== null) regionIds.add(regionId);
        const existed = await this.repo.exists(em, regionId, r.name);
        const id = await this.repo.upsert(em, {
          regionId,
          name: r.name,
          kind: r.kind,
          level: r.level,
          firstYear: r.firstYear,
          lastYear: r.lastYear,
          sourceUrls: r.sourceUrls,
          note: r.note,
          synthetic: o.synthetic ?? false,
          type: agencyTypeOf(r.name),
        });
        if (!existed) created++;
        ids.set(r.name, ids.has(r.name) ? -1 : id); // -1: the same name in two regions of the file
        for (const alias of r.aliases) await this.agencies.addAlias(em, id, alias);
      }
      const kindOf = new Map(parsed.rows.map((r) => [r.name, r.kind]));
      for (const r of parsed.rows) {
        const parentId = r.parent ? await this.link(em, ids, r.parent, r.line, 'parent', errors) : null;
        const successorId = r.successor ? await this.link(em, ids, r.successor, r.line, 'successor', errors) : null;
        if (parentId !== null) {
          const pk = kindOf.get(r.parent!) ?? (await this.repo.byId(em, parentId))?.kind;
          if (pk !== 'government_compiled')
            errors.push({
              line: r.line,
              field: 'parent',
              message: `parent ${r.parent} is not a government (kind ${pk}); a parent is the 人民政府 whose compiled report sums this body`,
            });
        }
        const id = ids.get(r.name)!;
        if (id > 0) await this.repo.setLinks(em, id, parentId, successorId);
      }
      if (errors.length)
        throw new RosterFileError(
          fileName,
          errors.sort((a, b) => a.line - b.line),
        );
      const removed = o.replace
        ? await this.repo.dropOthers(
            em,
            [...regionIds],
            [...ids.values()].filter((x) => x > 0),
          )
        : 0;
      await this.repo.log(em, o.actor, 'roster_import', {
        file: fileName,
        imported: parsed.rows.length,
        created,
        removed,
        replace: o.replace,
      });
      return { imported: parsed.rows.length, created, removed };
    });
  }

  private async link(
    em: EntityManager,
    inFile: Map<string, number>,
    name: string,
    line: number,
    field: 'parent' | 'successor',
    errors: RosterLineError[],
  ): Promise<number | null> {
    const own = inFile.get(name);
    if (own !== undefined && own > 0) return own;
    if (own === -1) {
      errors.push({
        line,
        field,
        message: `${name} is listed in more than one region of the file; the ${field} is ambiguous`,
      });
      return null;
    }
    const found = await this.repo.byName(em, name);
    if (found.length === 1) return found[0].id;
    errors.push({
      line,
      field,
      message: found.length
        ? `${name} names ${found.length} bodies; list it in the file to say which`
        : `${name} is neither in the file nor a known body`,
    });
    return null;
  }

  async update(id: number, patch: RosterEntryPatch, actor: string): Promise<RosterEntryRow> {
    return this.ds.transaction(async (em) => {
      const cur = await this.repo.byId(em, id);
      if (!cur || cur.status === 'merged')
        throw new NotFoundException(`agency ${id} not found (or merged into another)`);
      const next = {
        kind: patch.kind ?? cur.kind,
        level: patch.level ?? cur.level,
        firstYear: patch.firstYear !== undefined ? patch.firstYear : cur.first_year,
        lastYear: patch.lastYear !== undefined ? patch.lastYear : cur.last_year,
        sourceUrls: patch.sourceUrls ?? cur.source_urls,
        note: patch.note !== undefined ? patch.note : cur.note,
        parentId: patch.parentId !== undefined ? patch.parentId : cur.parent_id,
        successorId: patch.successorId !== undefined ? patch.successorId : cur.successor_id,
        onRoster: patch.onRoster ?? true,
      };
      if (next.firstYear !== null && next.lastYear !== null && next.firstYear > next.lastYear)
        throw new BadRequestException(`lastYear ${next.lastYear} is before firstYear ${next.firstYear}`);
      for (const u of next.sourceUrls)
        if (!/^https?:\/\/[^\s/]+/i.test(u)) throw new BadRequestException(`sourceUrls: "${u}" is not an http(s) URL`);
      if (next.parentId !== null) {
        if (next.parentId === id) throw new BadRequestException('parentId: a body cannot be its own parent');
        const p = await this.repo.byId(em, next.parentId);
        if (!p) throw new BadRequestException(`parentId: agency ${next.parentId} not found`);
        if (p.kind !== 'government_compiled')
          throw new BadRequestException(`parentId: ${p.name} is not a government (kind ${p.kind})`);
      }
      if (next.successorId !== null && !(await this.repo.byId(em, next.successorId)))
        throw new BadRequestException(`successorId: agency ${next.successorId} not found`);
      await this.repo.update(em, id, next);
      await this.repo.log(em, actor, 'roster_update', {
        agencyId: id,
        name: cur.name,
        before: toRosterRow(cur),
        after: next,
      });
      return (await this.repo.byId(em, id))!;
    });
  }
}

/** Kinds a region total sums by default: the bodies' own reports, never a compiled one. */
export const DEFAULT_TOTAL_KINDS = LOCAL_KINDS;
