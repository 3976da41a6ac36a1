import { describe, expect, it } from 'vitest';
import { ApiError } from '.';

describe('ApiError.from', () => {
  it('keeps the code and message of an IPC error', () => {
    const e = ApiError.from({ code: 'not-found', message: "no case 'CB-2026-0009'" });
    expect(e.code).toBe('not-found');
    expect(e.message).toBe("no case 'CB-2026-0009'");
  });

  it('turns anything else into an internal error', () => {
    expect(ApiError.from('command list_cases not allowed').code).toBe('internal');
    expect(ApiError.from({ code: 'weird', message: 'x' }).code).toBe('internal');
    expect(ApiError.from(new Error('boom')).message).toBe('boom');
  });
});
