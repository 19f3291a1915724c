import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An API token: only its SHA-256 is kept. */
@Entity('api_token')
@Unique('api_token_token_hash_key', ['tokenHash'])
@Check('api_token_role_check', `role = ANY (ARRAY['viewer', 'analyst', 'admin'])`)
export class ApiTokenEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text') name!: string;
  @Column('text') role!: 'viewer' | 'analyst' | 'admin';
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
