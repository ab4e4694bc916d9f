/** A calendar day PostgreSQL accepts: year 1 to 9999, a month and day that exist. */
export function isCalendarDay(year: string, month: string, day: string): boolean {
  const text = `${year}-${month}-${day}`;
  const at = new Date(`${text}T00:00:00Z`);
  return year !== '0000' && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}
