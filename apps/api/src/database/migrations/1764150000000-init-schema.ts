import type { MigrationInterface, QueryRunner } from 'typeorm';

// Per-report tables carry agency_id in their keys so they can be distributed by agency (see ARCHITECTURE.md).
export class InitSchema1764150000000 implements MigrationInterface {
  name = 'InitSchema1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id serial PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('country','province','city','county','township')),
        parent_id int REFERENCES region(id),
        synthetic boolean NOT NULL DEFAULT false
      );
      CREATE UNIQUE INDEX region_parent_name ON region (coalesce(parent_id, 0), name);

      CREATE TABLE agency (
        id serial PRIMARY KEY,
        name text NOT NULL,
        region_id int REFERENCES region(id),
        level text,
        type text NOT NULL DEFAULT 'other',
        status text NOT NULL DEFAULT 'resolved' CHECK (status IN ('resolved','unresolved','merged')),
        merged_into_id int REFERENCES agency(id),
        synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX agency_region_name ON agency (coalesce(region_id, 0), name);
      CREATE INDEX agency_type ON agency (type);

      CREATE TABLE agency_alias (
        alias text NOT NULL,
        agency_id int NOT NULL REFERENCES agency(id),
        PRIMARY KEY (alias, agency_id)
      );

      CREATE TABLE report (
        id bigserial PRIMARY KEY,
        agency_id int NOT NULL REFERENCES agency(id),
        year int NOT NULL,
        current_revision_id bigint,
        agency_candidates jsonb,
        synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, year)
      );

      CREATE TABLE report_revision (
        id bigserial PRIMARY KEY,
        agency_id int NOT NULL,
        report_id bigint NOT NULL REFERENCES report(id),
        revision_no int NOT NULL,
        content_hash text NOT NULL,
        file_name text NOT NULL,
        source_url text,
        form text NOT NULL,
        encoding text NOT NULL,
        bytes int NOT NULL,
        template text NOT NULL,
        agency_name_printed text,
        published_on date,
        truncated boolean NOT NULL DEFAULT false,
        reason text NOT NULL,
        source_text text NOT NULL,
        parsed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (report_id, revision_no),
        UNIQUE (report_id, content_hash)
      );
      ALTER TABLE report ADD CONSTRAINT report_current_revision_fk FOREIGN KEY (current_revision_id) REFERENCES report_revision(id);

      CREATE TABLE report_cell (
        agency_id int NOT NULL,
        revision_id bigint NOT NULL REFERENCES report_revision(id),
        year int NOT NULL,
        key text NOT NULL,
        section text NOT NULL,
        row_label text NOT NULL,
        col_label text NOT NULL,
        raw text NOT NULL,
        value numeric,
        kind text NOT NULL,
        unit text,
        raw_unit text,
        inferred boolean NOT NULL DEFAULT false,
        candidates jsonb,
        loc jsonb NOT NULL,
        PRIMARY KEY (agency_id, revision_id, key)
      );
      CREATE INDEX report_cell_key_year ON report_cell (key, year, agency_id) INCLUDE (value, revision_id);

      CREATE TABLE report_section (
        agency_id int NOT NULL,
        revision_id bigint NOT NULL REFERENCES report_revision(id),
        no smallint NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (agency_id, revision_id, no)
      );

      CREATE TABLE finding (
        id bigserial PRIMARY KEY,
        agency_id int NOT NULL,
        revision_id bigint NOT NULL REFERENCES report_revision(id),
        code text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('error','warning','info')),
        message_zh text NOT NULL,
        message_en text NOT NULL,
        loc jsonb,
        keys text[],
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','confirmed','dismissed')),
        status_note text,
        status_by text,
        status_at timestamptz
      );
      CREATE INDEX finding_revision ON finding (agency_id, revision_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE finding; DROP TABLE report_section; DROP TABLE report_cell;
      ALTER TABLE report DROP CONSTRAINT report_current_revision_fk;
      DROP TABLE report_revision; DROP TABLE report; DROP TABLE agency_alias; DROP TABLE agency; DROP TABLE region;
    `);
  }
}
