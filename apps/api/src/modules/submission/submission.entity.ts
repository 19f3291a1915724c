import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** A bureau's report for a year on its way through the collection loop. */
@Entity('submission')
@Unique('submission_agency_id_year_key', ['agencyId', 'year'])
@Check('submission_state_check', `state = ANY (ARRAY['draft', 'submitted', 'returned', 'accepted', 'published'])`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('int') year!: number;
  @Column('text') state!: string;
  @Column('text', { nullable: true }) template!: string | null;
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('bytea', { nullable: true }) content!: Buffer | null;
  @Column('jsonb', { nullable: true }) form!: unknown;
  @Column('jsonb', { default: () => `'[]'` }) cells!: unknown[];
  @Column('jsonb', { default: () => `'[]'` }) findings!: unknown[];
  @Column('jsonb', { default: () => `'{}'` }) explanations!: Record<string, string>;
  @Column('text', { name: 'published_url', nullable: true }) publishedUrl!: string | null;
  @Column('bigint', { name: 'revision_id', nullable: true }) revisionId!: string | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;

  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'submission_agency_id_fkey' })
  agency?: AgencyEntity | null;
}

/** Every step of a submission, with who and when. */
@Entity('submission_event')
@Index('submission_event_sub', ['submissionId', 'id'])
export class SubmissionEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'submission_id' }) submissionId!: number;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('text') actor!: string;
  @Column('text') action!: string;
  @Column('text', { name: 'from_state', nullable: true }) fromState!: string | null;
  @Column('text', { name: 'to_state' }) toState!: string;
  @Column('jsonb', { default: () => `'[]'` }) comments!: unknown[];
  @Column('jsonb', { nullable: true }) cells!: unknown;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'submission_event_submission_id_fkey' })
  submission?: SubmissionEntity | null;
}
