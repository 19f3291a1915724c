import type { RosterEntryModel } from './roster.model';
import type { RosterEntryRow } from './roster.repository';

export const toRosterEntryModel = (e: RosterEntryRow): RosterEntryModel => ({
  agencyId: e.id,
  name: e.name,
  regionPath: e.region_path ?? [],
  regionId: e.region_id,
  kind: e.kind,
  kindSource: e.on_roster ? 'roster' : 'suggested',
  level: e.level,
  onRoster: e.on_roster,
  parentId: e.parent_id,
  parentName: e.parent_name,
  firstYear: e.first_year,
  lastYear: e.last_year,
  successorId: e.successor_id,
  successorName: e.successor_name,
  sourceUrls: e.source_urls,
  aliases: e.aliases,
  note: e.note,
  synthetic: e.synthetic,
});
