export const NOTIFICATION_CATEGORIES = ['ANNOUNCEMENT', 'SESSION', 'EXCHANGE', 'AGENCY'] as const;
export const CHANNELS = ['IN_APP', 'EMAIL'] as const;
export const DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;

export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Delivery = (typeof DELIVERIES)[number];

/** One person's choice for one category. */
export interface CategoryPreference {
  category: NotificationCategory;
  channels: Channel[];
  delivery: Delivery;
}

/** How one notification reaches one person: in the inbox or not, and by e-mail now, in the digest, or not. */
export interface DeliveryPlan {
  inApp: boolean;
  email: 'NONE' | 'IMMEDIATE' | 'DIGEST';
}

/**
 * What a person gets before they choose: everything in the inbox and by e-mail at once, except
 * the exchange's news (practices published, comments), which comes in the daily digest.
 */
export function defaultPreference(category: NotificationCategory): CategoryPreference {
  return {
    category,
    channels: ['IN_APP', 'EMAIL'],
    delivery: category === 'EXCHANGE' ? 'DAILY_DIGEST' : 'IMMEDIATE',
  };
}

/** All four categories: the person's choices where they made one, the defaults elsewhere. */
export function preferencesWithDefaults(chosen: readonly CategoryPreference[]): CategoryPreference[] {
  return NOTIFICATION_CATEGORIES.map(
    (category) => chosen.find((p) => p.category === category) ?? defaultPreference(category),
  );
}

/**
 * An URGENT announcement always reaches the inbox and goes by e-mail at once, whatever the person
 * chose; otherwise OFF delivers nothing, and the channels say where the rest goes (the digest
 * collects the e-mails of DAILY_DIGEST categories). Null: the person gets nothing.
 */
export function deliveryPlanFor(preference: CategoryPreference, urgent: boolean): DeliveryPlan | null {
  if (urgent) return { inApp: true, email: 'IMMEDIATE' };
  if (preference.delivery === 'OFF') return null;
  const inApp = preference.channels.includes('IN_APP');
  const email = !preference.channels.includes('EMAIL')
    ? 'NONE'
    : preference.delivery === 'DAILY_DIGEST'
      ? 'DIGEST'
      : 'IMMEDIATE';
  if (!inApp && email === 'NONE') return null;
  return { inApp, email };
}
