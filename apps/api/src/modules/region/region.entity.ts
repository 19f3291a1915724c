import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('region')
export class RegionEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') name!: string;
  @Column('text') level!: string;
  @Column('int', { name: 'parent_id', nullable: true }) parentId!: number | null;
  @Column('boolean', { default: false }) synthetic!: boolean;
}
