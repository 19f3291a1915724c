import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import { ReportRevisionEntity } from './report-revision.entity';

@Entity('report')
@Unique('report_agency_id_year_key', ['agencyId', 'year'])
@Index('report_year', ['year', 'agencyId'])
export class ReportEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('int') year!: number;
  @Column('bigint', { name: 'current_revision_id', nullable: true }) currentRevisionId!: string | null;
  @Column('jsonb', { name: 'agency_candidates', nullable: true }) agencyCandidates!: string[] | null;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** A report moved onto a year its body had already, kept apart under its placeholder (the body it came from). */
  @Column('int', { name: 'kept_apart_from', nullable: true }) keptApartFrom!: number | null;

  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'report_agency_id_fkey' })
  agency?: AgencyEntity | null;
  @ManyToOne(() => ReportRevisionEntity)
  @JoinColumn({ name: 'current_revision_id', foreignKeyConstraintName: 'report_current_revision_fk' })
  currentRevision?: ReportRevisionEntity | null;
  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'kept_apart_from', foreignKeyConstraintName: 'report_kept_apart_from_fkey' })
  keptApartFromAgency?: AgencyEntity | null;
}
