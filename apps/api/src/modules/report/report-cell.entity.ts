import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CellKind, Location } from '@dh/domain';
import { numericTransformer } from '../../common/numeric.transformer';
import { ReportRevisionEntity } from './report-revision.entity';

@Entity('report_cell')
// (key, year, agency_id) INCLUDE (value, revision_id): TypeORM cannot declare INCLUDE, so it leaves the index alone.
@Index('report_cell_key_year', { synchronize: false })
export class ReportCellEntity {
  @Column('int', { name: 'agency_id', primary: true }) agencyId!: number;
  @Column('bigint', { name: 'revision_id', primary: true }) revisionId!: string;
  @Column('text', { primary: true }) key!: string;
  @Column('int') year!: number;
  @Column('text') section!: string;
  @Column('text', { name: 'row_label' }) rowLabel!: string;
  @Column('text', { name: 'col_label' }) colLabel!: string;
  @Column('text') raw!: string;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) value!: number | null;
  @Column('text') kind!: CellKind;
  @Column('text', { nullable: true }) unit!: string | null;
  @Column('text', { name: 'raw_unit', nullable: true }) rawUnit!: string | null;
  @Column('boolean', { default: false }) inferred!: boolean;
  @Column('jsonb', { nullable: true }) candidates!: number[] | null;
  @Column('jsonb') loc!: Location;
}

@Entity('report_section')
export class ReportSectionEntity {
  @Column('int', { name: 'agency_id', primary: true }) agencyId!: number;
  @Column('bigint', { name: 'revision_id', primary: true }) revisionId!: string;
  @Column('smallint', { primary: true }) no!: number;
  @Column('text') title!: string;
  @Column('text') text!: string;

  @ManyToOne(() => ReportRevisionEntity)
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'report_section_revision_id_fkey' })
  revision?: ReportRevisionEntity | null;
}
