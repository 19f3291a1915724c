import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A named, versioned set of indicator weights; at most one is the default. */
@Entity('scoring_profile')
@Unique('scoring_profile_name_version_key', ['name', 'version'])
@Index('scoring_profile_one_default', ['isDefault'], { unique: true, where: 'is_default' })
export class ScoringProfileEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') name!: string;
  @Column('int') version!: number;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('jsonb') weights!: Record<string, number>;
  @Column('boolean', { name: 'is_default', default: false }) isDefault!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('text', { name: 'created_by', nullable: true }) createdBy!: string | null;
}
