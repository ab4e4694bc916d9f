import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

export class SampleAddress {
  @Column({ type: 'text' })
  postalCode!: string;
}

/** A tiny entity whose properties are camelCase and whose columns (by migration) are snake_case. */
@Entity()
export class SampleNote {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text' })
  noteTitle!: string;

  @Column(() => SampleAddress)
  homeAddress!: SampleAddress;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export class CreateSampleNote1700000000001 implements MigrationInterface {
  name = 'CreateSampleNote1700000000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE sample_note (id serial PRIMARY KEY, note_title text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sample_note');
  }
}

export class AddHomeAddress1700000000002 implements MigrationInterface {
  name = 'AddHomeAddress1700000000002';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE sample_note ADD COLUMN home_address_postal_code text NOT NULL DEFAULT ''",
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sample_note DROP COLUMN home_address_postal_code');
  }
}

/** Creates a table and then fails: its transaction must leave nothing behind. */
export class BrokenMigration1700000000003 implements MigrationInterface {
  name = 'BrokenMigration1700000000003';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE half_done (id int)');
    await queryRunner.query('SELECT * FROM no_such_table');
  }
  async down(): Promise<void> {}
}

export const SAMPLE_MIGRATIONS = [CreateSampleNote1700000000001, AddHomeAddress1700000000002];
