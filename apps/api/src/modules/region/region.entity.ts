import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('region')
@Check('region_level_check', `level = ANY (ARRAY['country', 'province', 'city', 'county', 'township'])`)
@Index('region_parent', ['parentId'])
// Unique over coalesce(parent_id, 0): an expression TypeORM cannot declare, so it leaves the index alone.
@Index('region_parent_name', { synchronize: false })
export class RegionEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') name!: string;
  @Column('text') level!: string;
  @Column('int', { name: 'parent_id', nullable: true }) parentId!: number | null;
  @Column('boolean', { default: false }) synthetic!: boolean;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'region_parent_id_fkey' })
  parent?: RegionEntity | null;
}
