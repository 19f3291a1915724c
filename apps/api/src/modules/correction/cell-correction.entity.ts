import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../common/numeric.transformer';
import { ReportRevisionEntity } from '../report/report-revision.entity';

/** An admin's correction of one published cell; the cell holds the corrected value while this stands. */
@Entity('cell_correction')
@Check('cell_correction_note_check', `note <> ''`)
@Index('cell_correction_revision', ['agencyId', 'revisionId'])
@Index('cell_correction_active', ['agencyId', 'revisionId', 'key'], { unique: true, where: 'withdrawn_at IS NULL' })
export class CellCorrectionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('int', { name: 'agency_id' }) agencyId!: number;
  @Column('bigint', { name: 'revision_id' }) revisionId!: string;
  @Column('text') key!: string;
  @Column('numeric', { name: 'published_value', nullable: true, transformer: numericTransformer }) publishedValue!:
    number | null;
  @Column('text', { name: 'published_kind' }) publishedKind!: string;
  @Column('numeric', { name: 'corrected_value', transformer: numericTransformer }) correctedValue!: number;
  @Column('text') note!: string;
  @Column('text', { name: 'corrected_by' }) correctedBy!: string;
  @Column('timestamptz', { name: 'corrected_at', default: () => 'now()' }) correctedAt!: Date;
  @Column('text', { name: 'withdrawn_by', nullable: true }) withdrawnBy!: string | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  @Column('text', { name: 'withdrawn_note', nullable: true }) withdrawnNote!: string | null;

  @ManyToOne(() => ReportRevisionEntity)
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'cell_correction_revision_id_fkey' })
  revision?: ReportRevisionEntity | null;
}
