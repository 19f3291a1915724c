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
  Unique,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** A sign-in account: a bureau is bound to one body, a reviewer or admin to none. */
@Entity('app_user')
@Unique('app_user_username_key', ['username'])
@Check('app_user_kind_check', `kind = ANY (ARRAY['bureau', 'reviewer', 'admin'])`)
@Check('app_user_check', `(kind = 'bureau') = (agency_id IS NOT NULL)`)
export class AppUserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') username!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text') kind!: 'bureau' | 'reviewer' | 'admin';
  @Column('int', { name: 'agency_id', nullable: true }) agencyId!: number | null;
  @Column('int', { name: 'failed_logins', default: 0 }) failedLogins!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @Column('boolean', { default: false }) disabled!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => AgencyEntity)
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'app_user_agency_id_fkey' })
  agency?: AgencyEntity | null;
}

/** A server-side session, keyed by the hash of its cookie's id. */
@Entity('app_session')
@Index('app_session_user', ['userId'])
export class AppSessionEntity {
  @PrimaryColumn('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('int', { name: 'user_id' }) userId!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;

  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'app_session_user_id_fkey' })
  user?: AppUserEntity | null;
}
