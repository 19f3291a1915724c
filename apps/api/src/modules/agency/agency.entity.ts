import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agency')
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
}

@Entity('agency_alias')
export class AgencyAliasEntity {
  @Column('text', { primary: true }) alias!: string;
  @Column('int', { name: 'agency_id', primary: true }) agencyId!: number;
}

/** Audit trail of admin operations (alias, merge, move). */
@Entity('admin_log')
export class AdminLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at!: Date;
  @Column('text') actor!: string;
  @Column('text') action!: string;
  @Column('jsonb') detail!: Record<string, unknown>;
}
