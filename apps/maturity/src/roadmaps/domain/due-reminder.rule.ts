import type { CalendarDate, RoadmapStatus } from './roadmap-item.aggregate';

export const DEFAULT_REMINDER_DAYS = 7;

/**
 * ARemindersFallsDaysBeforeTheDueDate (at 00:00 UTC of that day), never for a DONE item; an
 * item planned inside the window is reminded at once. Returns null when no reminder is due.
 */
export function reminderAt(
  item: { dueOn: CalendarDate; status: RoadmapStatus },
  daysBefore: number,
): Date | null {
  if (item.status === 'DONE') return null;
  const due = new Date(`${item.dueOn}T00:00:00.000Z`);
  return new Date(due.getTime() - Math.max(0, Math.floor(daysBefore)) * 86_400_000);
}

/** Whether a reminder still makes sense: the due date has not passed. */
export function stillWorthReminding(dueOn: CalendarDate, now: Date): boolean {
  return now.toISOString().slice(0, 10) <= dueOn;
}

/** The reminder days from the environment (`MATURITY_DUE_REMINDER_DAYS`), 0 to 90, default 7. */
export function reminderDaysFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_REMINDER_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0 || days > 90) {
    throw new Error(`MATURITY_DUE_REMINDER_DAYS must be a whole number of days from 0 to 90, got ${value}`);
  }
  return days;
}
