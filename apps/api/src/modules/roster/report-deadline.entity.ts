import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The office's override of a deadline (the notices' dates are in libs/domain roster.ts); level '' is every level. */
@Entity('report_deadline')
export class ReportDeadlineEntity {
  @PrimaryColumn('int') year!: number;
  @PrimaryColumn('text') kind!: string;
  @PrimaryColumn('text', { default: '' }) level!: string;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('text', { name: 'set_by' }) setBy!: string;
  @Column('timestamptz', { name: 'set_at', default: () => 'now()' }) setAt!: Date;
}
