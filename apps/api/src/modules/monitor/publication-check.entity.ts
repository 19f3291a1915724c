import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** What the monitor last found for a body and year. */
@Entity('publication_check')
@Check('publication_check_status_check', `status = ANY (ARRAY['posted', 'gone', 'not_found', 'failed'])`)
export class PublicationCheckEntity {
  @PrimaryColumn('int', { name: 'agency_id' }) agencyId!: number;
  @PrimaryColumn('int') year!: number;
  @Column('text') status!: 'posted' | 'gone' | 'not_found' | 'failed';
  @Column('text', { name: 'list_url', nullable: true }) listUrl!: string | null;
  @Column('text', { name: 'page_url', nullable: true }) pageUrl!: string | null;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('date', { name: 'posted_on', nullable: true }) postedOn!: string | null;
  @Column('timestamptz', { name: 'first_seen_at', nullable: true }) firstSeenAt!: Date | null;
  @Column('timestamptz', { name: 'last_checked_at', default: () => 'now()' }) lastCheckedAt!: Date;
  @Column('text', { name: 'content_hash', nullable: true }) contentHash!: string | null;
  @Column('boolean', { name: 'in_column', default: true }) inColumn!: boolean;
  @Column('text', { name: 'moved_from', nullable: true }) movedFrom!: string | null;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('jsonb', { name: 'changed_keys', nullable: true }) changedKeys!: unknown;
  @Column('bigint', { name: 'revision_id', nullable: true }) revisionId!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('date', { name: 'due_on', nullable: true }) dueOn!: string | null;
  @Column('bigint', { name: 'compared_revision_id', nullable: true }) comparedRevisionId!: string | null;
  @Column('text', { name: 'compared_source', nullable: true }) comparedSource!: string | null;
  @Column('jsonb', { name: 'differs_keys', nullable: true }) differsKeys!: unknown;

  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'publication_check_agency_id_fkey' })
  agency?: AgencyEntity | null;
}

/** The log of every monitor pass. */
@Entity('monitor_event')
@Index('monitor_event_agency', ['agencyId', 'year', 'id'])
export class MonitorEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('int') year!: number;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) url!: string | null;
  @Column('jsonb', { default: () => `'{}'` }) detail!: Record<string, unknown>;
}
