import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('report')
export class ReportEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('int') year!: number;
  @Column('bigint', { name: 'current_revision_id', nullable: true }) currentRevisionId!: string | null;
  @Column('jsonb', { name: 'agency_candidates', nullable: true }) agencyCandidates!: string[] | null;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
