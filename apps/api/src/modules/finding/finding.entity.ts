import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Location, Severity } from '@dh/domain';

@Entity('finding')
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
}
