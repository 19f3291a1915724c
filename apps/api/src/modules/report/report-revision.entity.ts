import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReportEntity } from './report.entity';

// Immutable: a re-ingest of different content adds a revision, it never edits one.
@Entity('report_revision')
@Unique('report_revision_report_id_revision_no_key', ['reportId', 'revisionNo'])
@Unique('report_revision_report_id_content_hash_key', ['reportId', 'contentHash'])
@Check(
  'report_revision_agency_match_check',
  `agency_match = ANY (ARRAY['exact', 'alias', 'given', 'created', 'unresolved', 'moved'])`,
)
@Check(
  'report_revision_source_kind_check',
  `source_kind = ANY (ARRAY['page', 'attachment', 'submission', 'upload', 'text_copy'])`,
)
@Index('report_revision_report', ['agencyId', 'reportId'])
@Index('report_revision_hash', ['contentHash'])
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
  // What the current-revision choice compares (migration 1765100000001).
  @Column('text', { name: 'source_kind' }) sourceKind!: string;
  @Column('int', { name: 'cells_read' }) cellsRead!: number;
  @Column('int', { name: 'cells_unresolved' }) cellsUnresolved!: number;
  @Column('int', { name: 'error_count' }) errorCount!: number;
  // Ranking facts, computed at ingest by revision_facts() / revision_sum() (migrations 1764190000000, 1766000000000).
  @Column('smallint', { name: 'section_count' }) sectionCount!: number;
  @Column('smallint', { name: 'table_count' }) tableCount!: number;
  @Column('smallint', { name: 'template_cells_read', default: 0 }) templateCellsRead!: number;
  @Column('boolean', { name: 'fee_statement', default: false }) feeStatement!: boolean;
  @Column('double precision', { nullable: true }) proactive!: number | null;
  @Column('double precision', { name: 'apps_handled', nullable: true }) appsHandled!: number | null;
  @Column('double precision', { name: 'apps_disclosed', nullable: true }) appsDisclosed!: number | null;
  @Column('double precision', { name: 'apps_new', nullable: true }) appsNew!: number | null;
  @Column('double precision', { name: 'apps_carried_in', nullable: true }) appsCarriedIn!: number | null;
  @Column('double precision', { name: 'apps_carried_out', nullable: true }) appsCarriedOut!: number | null;
  @Column('double precision', { name: 'apps_other', nullable: true }) appsOther!: number | null;
  @Column('double precision', { name: 'review_total', nullable: true }) reviewTotal!: number | null;
  @Column('double precision', { name: 'review_corrected', nullable: true }) reviewCorrected!: number | null;
  @Column('double precision', { name: 'review_pending', nullable: true }) reviewPending!: number | null;
  /** MinHash of sections 一 and 五 (libs/domain similarity.ts). */
  @Column('int', { name: 'text_minhash', array: true, nullable: true }) textMinhash!: number[] | null;
  /** Cells an admin's correction stands on (cell_correction), the marker analytics read. */
  @Column('text', { name: 'corrected_keys', array: true, nullable: true }) correctedKeys!: string[] | null;

  @ManyToOne(() => ReportEntity)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_revision_report_id_fkey' })
  report?: ReportEntity | null;
}
