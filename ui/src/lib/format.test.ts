import { describe, expect, it } from 'vitest';
import { formatDate, urgency } from './format';

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
