// Dates are civil dates (`YYYY-MM-DD`) from Rust: shown in the user's locale,
// computed in UTC so that no time zone can move them by a day.

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(civil: string | null): string {
  if (!civil) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(civil);
  if (!m) return civil;
  return dateFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** How pressing a deadline is: ≥ 10 days, < 10, < 5, overdue (or none for closed cases). */
export type Urgency = 'none' | 'calm' | 'soon' | 'urgent' | 'overdue';

export function urgency(daysLeft: number | null): Urgency {
  if (daysLeft === null) return 'none';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft < 5) return 'urgent';
  if (daysLeft < 10) return 'soon';
  return 'calm';
}

const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant (RFC 3339) in the user's locale and time zone. */
export function formatInstant(instant: string): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : instantFormat.format(d);
}

/** Lines of a text box, trimmed, without the empty ones. */
export function lines(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const sizeUnits = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the user's locale: "812 bytes", "2.3 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: sizeUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
