import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Immutable: a re-ingest of different content adds a revision, it never edits one.
@Entity('report_revision')
export class ReportRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('bigint', { name: 'report_id' }) reportId!: string;
  @Column('int', { name: 'revision_no' }) revisionNo!: number;
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('text', { name: 'file_name' }) fileName!: string;
  @Column('text', { name: 'source_url', nullable: true }) sourceUrl!: string | null;
  @Column('text') form!: string;
  @Column('text') encoding!: string;
  @Column('int') bytes!: number;
  @Column('text') template!: string;
  @Column('text', { name: 'agency_name_printed', nullable: true }) agencyNamePrinted!: string | null;
  /** Publication date (向社会公布): given at ingest, else the page's 发布时间; `published_on_source` says which. */
  @Column('date', { name: 'published_on', nullable: true }) publishedOn!: string | null;
  /** given, page, or unknown (stored before sources were kept, migration 1765100000000). */
  @Column('text', { name: 'published_on_source', nullable: true }) publishedOnSource!: string | null;
  /** The 落款 date under the closing signature. */
  @Column('date', { name: 'signed_on', nullable: true }) signedOn!: string | null;
  @Column('text', { name: 'signed_on_source', nullable: true }) signedOnSource!: string | null;
  @Column('boolean', { default: false }) truncated!: boolean;
  @Column('text') reason!: string;
  @Column('text', { name: 'source_text' }) sourceText!: string;
  @Column('timestamptz', { name: 'parsed_at', default: () => 'now()' }) parsedAt!: Date;
  /** How the agency was found: exact, alias, given, created, unresolved, moved. */
  @Column('text', { name: 'agency_match', default: 'exact' }) agencyMatch!: string;
  @Column('text', { name: 'agency_name_from', nullable: true }) agencyNameFrom!: string | null;
  /** Metadata given at ingest (agency, year, region, URL). */
  @Column('jsonb', { nullable: true }) given!: Record<string, unknown> | null;
}
