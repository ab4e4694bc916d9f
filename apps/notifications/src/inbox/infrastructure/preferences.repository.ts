import type { EntityManager } from 'typeorm';
import { preferencesWithDefaults, type CategoryPreference } from '../domain/delivery-preference.rule';

/** A person's delivery preferences, one row per category they chose. */
export class PreferencesRepository {
  constructor(private readonly manager: EntityManager) {}

  async of(sub: string): Promise<CategoryPreference[]> {
    const rows: CategoryPreference[] = await this.manager.query(
      `SELECT category, channels, delivery FROM notification_preferences WHERE sub = $1`,
      [sub],
    );
    return preferencesWithDefaults(rows);
  }

  /** Saves the given categories in one statement; the others keep what they had. */
  async save(sub: string, preferences: CategoryPreference[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO notification_preferences (sub, category, channels, delivery, updated_at)
       SELECT $1, p.category, ARRAY(SELECT jsonb_array_elements_text(p.channels)), p.delivery, now()
         FROM jsonb_to_recordset($2::jsonb) AS p(category text, channels jsonb, delivery text)
       ON CONFLICT (sub, category) DO UPDATE SET channels = EXCLUDED.channels, delivery = EXCLUDED.delivery,
         updated_at = EXCLUDED.updated_at`,
      [sub, JSON.stringify(preferences)],
    );
  }
}
