import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes the analytics queries need at scale (bench:api, 10,000 agencies × 7 years): a region filter looks bodies up
// by region_id, which had no index, so every region-scoped series, compare or ranking read the whole agency table.
export class AnalyticsIndexes1764180000000 implements MigrationInterface {
  name = 'AnalyticsIndexes1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX agency_region ON agency (region_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agency_region`);
  }
}
