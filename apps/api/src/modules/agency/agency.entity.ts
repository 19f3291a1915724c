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
import { RegionEntity } from '../region/region.entity';

@Entity('agency')
@Check('agency_status_check', `status = ANY (ARRAY['resolved', 'unresolved', 'merged'])`)
@Check(
  'agency_kind_check',
  `kind = ANY (ARRAY['government_compiled', 'government_office', 'department', 'township', 'vertical', 'other'])`,
)
@Index('agency_name', ['name'])
@Index('agency_region', ['regionId'])
@Index('agency_type', ['type'])
@Index('agency_kind', ['kind'])
@Index('agency_parent', ['parentId'], { where: 'parent_id IS NOT NULL' })
// Unique over (coalesce(region_id, 0), name): an expression TypeORM cannot declare, so it leaves the index alone.
@Index('agency_region_name', { synchronize: false })
export class AgencyEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') name!: string;
  @Column('int', { name: 'region_id', nullable: true }) regionId!: number | null;
  @Column('text', { nullable: true }) level!: string | null;
  @Column('text', { default: 'other' }) type!: string;
  @Column('text', { default: 'resolved' }) status!: 'resolved' | 'unresolved' | 'merged';
  @Column('int', { name: 'merged_into_id', nullable: true }) mergedIntoId!: number | null;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  // The roster (名录, migration 1765000000000).
  @Column('text', { default: 'department' }) kind!: string;
  @Column('boolean', { name: 'on_roster', default: false }) onRoster!: boolean;
  @Column('int', { name: 'parent_id', nullable: true }) parentId!: number | null;
  @Column('int', { name: 'first_year', nullable: true }) firstYear!: number | null;
  @Column('int', { name: 'last_year', nullable: true }) lastYear!: number | null;
  @Column('int', { name: 'successor_id', nullable: true }) successorId!: number | null;
  @Column('text', { name: 'source_urls', array: true, default: () => `'{}'` }) sourceUrls!: string[];
  @Column('text', { name: 'roster_note', nullable: true }) rosterNote!: string | null;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'agency_region_id_fkey' })
  region?: RegionEntity | null;
  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'agency_merged_into_id_fkey' })
  mergedInto?: AgencyEntity | null;
  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'agency_parent_id_fkey' })
  parent?: AgencyEntity | null;
  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'agency_successor_id_fkey' })
  successor?: AgencyEntity | null;
}

@Entity('agency_alias')
@Index('agency_alias_agency', ['agencyId'])
export class AgencyAliasEntity {
  @PrimaryColumn('text') alias!: string;
  @PrimaryColumn('int', { name: 'agency_id' }) agencyId!: number;

  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'agency_alias_agency_id_fkey' })
  agency?: AgencyEntity | null;
}

/** Audit trail of admin operations (alias, merge, move). */
@Entity('admin_log')
@Check('admin_log_action_nonempty', `action <> ''`)
export class AdminLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at!: Date;
  @Column('text') actor!: string;
  @Column('text') action!: string;
  @Column('jsonb') detail!: Record<string, unknown>;
}
