import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatLanguage, formatMonth, formatNumber, formatPercent, formatSize, urgency } from './format';

describe('urgency', () => {
  it.each([
    [null, 'none'],
    [30, 'calm'],
    [10, 'calm'],
    [9, 'soon'],
    [5, 'soon'],
    [4, 'urgent'],
    [0, 'urgent'],
    [-1, 'overdue'],
  ] as const)('%s days left is %s', (days, expected) => {
    expect(urgency(days)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('keeps the civil date whatever the time zone', () => {
    expect(formatDate('2026-11-02')).toMatch(/2/);
    expect(formatDate('2026-11-02')).toMatch(/2026/);
  });

  it('shows a dash for no date and passes odd input through', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('in the app\'s language', () => {
  it.each([
    ['en', 'Nov 2, 2026'],
    ['en-GB', '2 Nov 2026'],
    ['de', '02.11.2026'],
    ['fr', '2 nov. 2026'],
  ])('a date in %s is %s', (tag, expected) => {
    expect(formatDate('2026-11-02', tag)).toBe(expected);
  });

  it.each([
    ['en', 'Nov', 'November 2026'],
    ['de', 'Nov', 'November 2026'],
    ['fr', 'nov.', 'novembre 2026'],
  ])('a month in %s is %s, or %s', (tag, short, long) => {
    expect(formatMonth('2026-11', 'short', tag)).toBe(short);
    expect(formatMonth('2026-11', 'long', tag)).toBe(long);
  });

  it.each([
    ['en', '1,234,567.5'],
    ['de', '1.234.567,5'],
    ['fr', '1\u202f234\u202f567,5'],
  ])('a number in %s is %s', (tag, expected) => {
    expect(formatNumber(1234567.5, tag)).toBe(expected);
  });

  it.each([
    ['en', '75%'],
    ['de', '75\u00a0%'],
    ['fr', '75\u00a0%'],
  ])('a share in %s is %s', (tag, expected) => {
    expect(formatPercent(0.754, tag)).toBe(expected);
  });

  it.each([
    ['en', '812 bytes', '2.3 MB'],
    ['de', '812 Byte', '2,3 MB'],
    ['fr', '812\u00a0octets', '2,3\u202fMo'],
  ])('a file size in %s is %s or %s', (tag, small, large) => {
    expect(formatSize(812, tag)).toBe(small);
    expect(formatSize(2.3 * 1024 * 1024, tag)).toBe(large);
  });

  it('writes an instant with the language\'s month names', () => {
    expect(formatInstant('2026-11-02T12:00:00Z', 'de')).toMatch(/02\.11\.2026/);
    expect(formatInstant('2026-11-02T12:00:00Z', 'fr')).toMatch(/nov\. 2026/);
  });
});

describe('formatLanguage', () => {
  it('names a language in the app’s language, and keeps a code it cannot name', () => {
    expect(formatLanguage('en', 'de-DE')).toBe('Englisch');
    expect(formatLanguage('de', 'fr-FR')).toBe('allemand');
    expect(formatLanguage('en', 'en-GB')).toBe('English');
    expect(formatLanguage('not a code', 'de-DE')).toBe('not a code');
  });
});
