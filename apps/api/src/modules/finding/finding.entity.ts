import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Location, Severity } from '@dh/domain';
import { CellCorrectionEntity } from '../correction/cell-correction.entity';
import { ReportRevisionEntity } from '../report/report-revision.entity';

@Entity('finding')
@Check('finding_severity_check', `severity = ANY (ARRAY['error', 'warning', 'info'])`)
@Check('finding_status_check', `status = ANY (ARRAY['open', 'confirmed', 'dismissed'])`)
@Index('finding_revision', ['agencyId', 'revisionId'])
export class FindingEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('bigint', { name: 'revision_id' }) revisionId!: string;
  @Column('text') code!: string;
  @Column('text') severity!: Severity;
  @Column('text', { name: 'message_zh' }) messageZh!: string;
  @Column('text', { name: 'message_en' }) messageEn!: string;
  @Column('jsonb', { nullable: true }) loc!: Location | null;
  @Column('text', { array: true, nullable: true }) keys!: string[] | null;
  @Column('text', { default: 'open' }) status!: 'open' | 'confirmed' | 'dismissed';
  @Column('text', { name: 'status_note', nullable: true }) statusNote!: string | null;
  @Column('text', { name: 'status_by', nullable: true }) statusBy!: string | null;
  @Column('timestamptz', { name: 'status_at', nullable: true }) statusAt!: Date | null;
  /** The correction that settled it (it reads as resolved while that stands) or that raised it. */
  @Column('bigint', { name: 'resolved_by_correction_id', nullable: true }) resolvedByCorrectionId!: string | null;
  @Column('bigint', { name: 'raised_by_correction_id', nullable: true }) raisedByCorrectionId!: string | null;

  @ManyToOne(() => ReportRevisionEntity)
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'finding_revision_id_fkey' })
  revision?: ReportRevisionEntity | null;
  @ManyToOne(() => CellCorrectionEntity)
  @JoinColumn({ name: 'resolved_by_correction_id', foreignKeyConstraintName: 'finding_resolved_by_correction_id_fkey' })
  resolvedBy?: CellCorrectionEntity | null;
  @ManyToOne(() => CellCorrectionEntity)
  @JoinColumn({ name: 'raised_by_correction_id', foreignKeyConstraintName: 'finding_raised_by_correction_id_fkey' })
  raisedBy?: CellCorrectionEntity | null;
}

/** Review status of a computed finding (continuity, hierarchy, publication), keyed by the finding's id. */
@Entity('finding_review')
@Check('finding_review_status_check', `status = ANY (ARRAY['open', 'confirmed', 'dismissed'])`)
export class FindingReviewEntity {
  @PrimaryColumn('text', { name: 'finding_key' }) findingKey!: string;
  @Column('text') status!: 'open' | 'confirmed' | 'dismissed';
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text', { name: 'reviewed_by' }) reviewedBy!: string;
  @CreateDateColumn({ name: 'reviewed_at', type: 'timestamptz' }) reviewedAt!: Date;
}
