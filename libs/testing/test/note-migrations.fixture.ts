import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NOTE_COLUMNS } from './note-columns.fixture';

/** How many times each note migration ran its `up` in this process (template builds). */
export const noteMigrationRuns = { createNotes: 0, addNoteAuthor: 0 };

export class CreateNotes1700000000101 implements MigrationInterface {
  name = 'CreateNotes1700000000101';
  async up(q: QueryRunner): Promise<void> {
    noteMigrationRuns.createNotes += 1;
    await q.query(`CREATE TABLE notes (${NOTE_COLUMNS})`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notes');
  }
}

export class AddNoteAuthor1700000000102 implements MigrationInterface {
  name = 'AddNoteAuthor1700000000102';
  async up(q: QueryRunner): Promise<void> {
    noteMigrationRuns.addNoteAuthor += 1;
    await q.query('ALTER TABLE notes ADD COLUMN author text');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notes DROP COLUMN author');
  }
}

export class CreateTags1700000000103 implements MigrationInterface {
  name = 'CreateTags1700000000103';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE tags (label text PRIMARY KEY)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tags');
  }
}
