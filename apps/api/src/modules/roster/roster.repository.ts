// All SQL of the roster (名录): bodies with their kind, parent government, years and sources; deadline overrides.
import { Injectable } from '@nestjs/common';
import type { AdminLevel, ReportKind } from '@dh/domain';
import type { EntityManager } from 'typeorm';
import { empty, exec, first, rows, sql, type Queryable } from '../../database/sql';
import { inRegionTree } from '../region/region-tree.sql';

export interface RosterEntryRow {
  id: number;
  name: string;
  region_id: number | null;
  region_path: string[] | null;
  kind: ReportKind;
  level: AdminLevel | null;
  on_roster: boolean;
  parent_id: number | null;
  parent_name: string | null;
  first_year: number | null;
  last_year: number | null;
  successor_id: number | null;
  successor_name: string | null;
  source_urls: string[];
  note: string | null;
  aliases: string[];
  status: string;
  synthetic: boolean;
}

export interface RosterListQuery {
  regionId?: number | null;
  search?: string | null;
  onRosterOnly: boolean;
  limit: number;
  offset: number;
}

export interface RosterWrite {
  regionId: number | null;
  name: string;
  kind: ReportKind;
  level: AdminLevel | null;
  firstYear: number | null;
  lastYear: number | null;
  sourceUrls: string[];
  note: string | null;
  synthetic: boolean;
  type: string;
}

const ENTRY = sql`
  SELECT a.id, a.name, a.region_id, a.kind, coalesce(a.level, rg.level) AS level, a.on_roster, a.parent_id, p.name AS parent_name,
         a.first_year, a.last_year, a.successor_id, s.name AS successor_name, a.source_urls, a.roster_note AS note, a.status, a.synthetic,
         (WITH RECURSIVE up AS (SELECT id, name, parent_id, 0 AS d FROM region WHERE id = a.region_id
            UNION ALL SELECT r.id, r.name, r.parent_id, up.d + 1 FROM region r JOIN up ON r.id = up.parent_id)
          SELECT array_agg(name ORDER BY d DESC) FROM up) AS region_path,
         coalesce((SELECT array_agg(alias ORDER BY alias) FROM agency_alias x WHERE x.agency_id = a.id), '{}') AS aliases
  FROM agency a LEFT JOIN region rg ON rg.id = a.region_id
  LEFT JOIN agency p ON p.id = a.parent_id LEFT JOIN agency s ON s.id = a.successor_id`;

@Injectable()
export class RosterRepository {
  list(db: Queryable, q: RosterListQuery): Promise<RosterEntryRow[]> {
    const search = q.search ? `%${q.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
    return rows<RosterEntryRow>(
      db,
      sql`${ENTRY}
      WHERE a.status <> 'merged' AND (a.status = 'resolved' OR a.on_roster)
        ${q.onRosterOnly ? sql`AND a.on_roster` : empty}
        ${inRegionTree('a.region_id', q.regionId)}
        ${search ? sql`AND (a.name ILIKE ${search} OR EXISTS (SELECT 1 FROM agency_alias x WHERE x.agency_id = a.id AND x.alias ILIKE ${search}))` : empty}
      ORDER BY a.on_roster DESC, a.region_id NULLS LAST, array_position(ARRAY['government_compiled','government_office','department','township','vertical','other'], a.kind), a.name
      LIMIT ${q.limit} OFFSET ${q.offset}`,
    );
  }

  count(db: Queryable, regionId: number | null | undefined): Promise<{ on_roster: number; off_roster: number } | null> {
    return first(
      db,
      sql`SELECT count(*) FILTER (WHERE on_roster)::int AS on_roster, count(*) FILTER (WHERE NOT on_roster)::int AS off_roster
      FROM agency a WHERE a.status = 'resolved' ${inRegionTree('a.region_id', regionId)}`,
    );
  }

  byId(db: Queryable, id: number): Promise<RosterEntryRow | null> {
    return first<RosterEntryRow>(db, sql`${ENTRY} WHERE a.id = ${id}`);
  }

  /** Resolved bodies of that exact name (any region): the parent or successor a roster line names. */
  byName(db: Queryable, name: string): Promise<{ id: number; kind: ReportKind; region_id: number | null }[]> {
    return rows(
      db,
      sql`SELECT id, kind, region_id FROM agency WHERE name = ${name} AND status = 'resolved' ORDER BY id`,
    );
  }

  /** Puts a body on the roster (creating it when new); a placeholder of that name becomes resolved. */
  /** Whether the body (region, name) is stored already: an import counts the ones it creates. */
  async exists(em: EntityManager, regionId: number | null, name: string): Promise<boolean> {
    return (
      (await first(
        em,
        sql`SELECT 1 FROM agency WHERE coalesce(region_id, 0) = coalesce(${regionId}::int, 0) AND name = ${name}`,
      )) !== null
    );
  }

  async upsert(em: EntityManager, w: RosterWrite): Promise<number> {
    const r = await first<{ id: number }>(
      em,
      sql`
      INSERT INTO agency AS a (name, region_id, kind, level, on_roster, first_year, last_year, source_urls, roster_note, synthetic, type, status)
      VALUES (${w.name}, ${w.regionId}, ${w.kind}, ${w.level}, true, ${w.firstYear}, ${w.lastYear}, ${w.sourceUrls}, ${w.note}, ${w.synthetic}, ${w.type}, 'resolved')
      ON CONFLICT (coalesce(region_id, 0), name) DO UPDATE SET kind = EXCLUDED.kind, level = EXCLUDED.level, on_roster = true,
        first_year = EXCLUDED.first_year, last_year = EXCLUDED.last_year, source_urls = EXCLUDED.source_urls, roster_note = EXCLUDED.roster_note
      RETURNING id`,
    );
    return r!.id;
  }

  async setLinks(em: EntityManager, id: number, parentId: number | null, successorId: number | null): Promise<void> {
    await exec(em, sql`UPDATE agency SET parent_id = ${parentId}, successor_id = ${successorId} WHERE id = ${id}`);
  }

  async update(
    em: EntityManager,
    id: number,
    w: Omit<RosterWrite, 'regionId' | 'name' | 'synthetic' | 'type'> & {
      parentId: number | null;
      successorId: number | null;
      onRoster: boolean;
    },
  ): Promise<void> {
    await exec(
      em,
      sql`UPDATE agency SET kind = ${w.kind}, level = ${w.level}, first_year = ${w.firstYear}, last_year = ${w.lastYear},
      source_urls = ${w.sourceUrls}, roster_note = ${w.note}, parent_id = ${w.parentId}, successor_id = ${w.successorId}, on_roster = ${w.onRoster}
      WHERE id = ${id}`,
    );
  }

  /** Replace mode: bodies of these regions that the file no longer lists leave the roster (they keep their reports). */
  async dropOthers(em: EntityManager, regionIds: number[], keep: number[]): Promise<number> {
    const r = await rows<{ id: number }>(
      em,
      sql`UPDATE agency SET on_roster = false
      WHERE on_roster AND region_id = ANY(${regionIds}::int[]) AND NOT (id = ANY(${keep}::int[])) RETURNING id`,
    );
    return r.length;
  }

  /** The region at the end of a path (names from the province down), if known. */
  regionByPath(db: Queryable, path: string[]): Promise<{ id: number; name: string; level: string } | null> {
    return first(
      db,
      sql`WITH RECURSIVE walk AS (
        SELECT id, name, level, 1 AS depth FROM region WHERE parent_id IS NULL AND name = ${path[0] ?? ''}
        UNION ALL SELECT r.id, r.name, r.level, walk.depth + 1 FROM region r JOIN walk ON r.parent_id = walk.id
          WHERE r.name = (${path}::text[])[walk.depth + 1])
      SELECT id, name, level FROM walk WHERE depth = ${path.length}`,
    );
  }

  /** Without a configured home: the region of the highest-level government on the roster, the one with most roster bodies. */
  rosterHome(db: Queryable): Promise<{ id: number; name: string; level: string } | null> {
    return first(
      db,
      sql`SELECT rg.id, rg.name, rg.level FROM agency a JOIN region rg ON rg.id = a.region_id
      WHERE a.on_roster AND a.kind = 'government_compiled'
      ORDER BY array_position(ARRAY['country','province','city','county','township'], rg.level),
        (SELECT count(*) FROM agency b WHERE b.on_roster AND b.parent_id = a.id) DESC, rg.id LIMIT 1`,
    );
  }

  async deadlineOverrides(
    db: Queryable,
    year: number | number[],
  ): Promise<{ year: number; kind: ReportKind; level: string; due_on: string; set_by: string }[]> {
    return rows(
      db,
      sql`SELECT year, kind, level, to_char(due_on, 'YYYY-MM-DD') AS due_on, set_by FROM report_deadline
      WHERE year = ANY(${Array.isArray(year) ? year : [year]}::int[])`,
    );
  }

  async setDeadline(
    em: EntityManager,
    d: { year: number; kind: ReportKind; level: string; dueOn: string | null; by: string },
  ): Promise<void> {
    if (d.dueOn === null) {
      await exec(
        em,
        sql`DELETE FROM report_deadline WHERE year = ${d.year} AND kind = ${d.kind} AND level = ${d.level}`,
      );
      return;
    }
    await exec(
      em,
      sql`INSERT INTO report_deadline (year, kind, level, due_on, set_by) VALUES (${d.year}, ${d.kind}, ${d.level}, ${d.dueOn}::date, ${d.by})
      ON CONFLICT (year, kind, level) DO UPDATE SET due_on = EXCLUDED.due_on, set_by = EXCLUDED.set_by, set_at = now()`,
    );
  }

  history(
    db: Queryable,
    agencyId: number,
  ): Promise<{ at: string; actor: string; action: string; detail: Record<string, unknown> }[]> {
    return rows(
      db,
      sql`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, actor, action, detail FROM admin_log
      WHERE action LIKE 'roster_%' AND (detail->>'agencyId')::int = ${agencyId} ORDER BY id DESC LIMIT 100`,
    );
  }

  async log(em: EntityManager, actor: string, action: string, detail: object): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO admin_log (actor, action, detail) VALUES (${actor}, ${action}, ${JSON.stringify(detail)}::jsonb)`,
    );
  }
}
