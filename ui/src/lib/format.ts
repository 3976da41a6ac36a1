// Dates and numbers in the app's language (`intlTag()`: en-GB, de, fr-CH…).
// Dates are civil dates (`YYYY-MM-DD`) from Rust, computed in UTC so that no
// time zone can move them by a day. Each function takes the tag as an optional
// last argument (tests pass one).
import { intlTag } from '../i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, tag: string, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    cache.set(tag, format);
  }
  return format;
}

function civilDate(civil: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(civil);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A civil date as "2 Nov 2026", "02.11.2026", "2 nov. 2026"; a dash for none. */
export function formatDate(civil: string | null, tag: string = intlTag()): string {
  if (!civil) return '—';
  const date = civilDate(civil);
  return date ? cached(dateFormats, tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(date) : civil;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A civil date with its weekday: "Mon, 2 Nov 2026", "Mo., 02.11.2026", "lun. 2 nov. 2026". */
export function formatDay(civil: string | null, tag: string = intlTag()): string {
  if (!civil) return '—';
  const date = civilDate(civil);
  if (!date) return civil;
  return cached(dayFormats, tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(date);
}

/** A month (`YYYY-MM`) by name: short ("Nov") or long with its year ("November 2026"). */
export function formatMonth(month: string, style: 'short' | 'long', tag: string = intlTag()): string {
  const date = civilDate(`${month}-01`);
  if (!date) return month;
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { month: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag, options).format(date);
}

/** A share (0.75) as a whole percentage: 75%, 75 %, 75 %. */
export function formatPercent(share: number, tag: string = intlTag()): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A whole or decimal number with the language's separators: 1,234.5 / 1.234,5 / 1 234,5. */
export function formatNumber(value: number, tag: string = intlTag()): string {
  return new Intl.NumberFormat(tag).format(value);
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

/** An instant (RFC 3339) in the app's language and the computer's time zone. */
export function formatInstant(instant: string, tag: string = intlTag()): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : cached(instantFormats, tag, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Lines of a text box, trimmed, without the empty ones. */
export function lines(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const sizeUnits = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the app's language: "812 bytes", "2.3 MB" ("812 Byte", "2,3 MB"). */
export function formatSize(bytes: number, tag: string = intlTag()): string {
  if (bytes < 1024) return new Intl.NumberFormat(tag, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: sizeUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A language's name (ISO 639-1 code) in the app's language: "en" is "Englisch" in German; the code where it has no name. */
export function formatLanguage(code: string, tag: string = intlTag()): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
