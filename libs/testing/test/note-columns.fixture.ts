/** The columns of the `notes` table the note migrations create (imported, so the fingerprint covers it). */
export const NOTE_COLUMNS = 'id int PRIMARY KEY, body text NOT NULL';
