import { describe, expect, it } from 'vitest';
import { ApiError } from '.';

describe('ApiError.from', () => {
  it('keeps the code and message of an IPC error', () => {
    const e = ApiError.from({ code: 'not-found', message: "no case 'CB-2026-0009'" });
    expect(e.code).toBe('not-found');
    expect(e.message).toBe("no case 'CB-2026-0009'");
  });

  it("names the argument, or the input's field, that Rust could not read", () => {
    const date = ApiError.from('invalid args `on` for command `acknowledge`: premature end of input');
    expect([date.code, date.field, date.message]).toEqual(['invalid-input', 'on', 'on: premature end of input']);
    const inner = ApiError.from(
      "invalid args `fee` for command `request_fee`: on: invalid date '2026-02-30': no such day",
    );
    expect([inner.code, inner.field, inner.message]).toEqual([
      'invalid-input',
      'on',
      "invalid date '2026-02-30': no such day",
    ]);
    const code = ApiError.from(
      "invalid args `answer` for command `answer_right`: outcome: unknown right outcome 'done' (expected one of: fulfilled, partly)",
    );
    expect([code.code, code.field, code.message]).toEqual([
      'invalid-input',
      'outcome',
      "unknown right outcome 'done' (expected one of: fulfilled, partly)",
    ]);
    // A form's field of more than one word is named by its kebab-case key, as the façade's own refusals are.
    const relationship = ApiError.from(
      "invalid args `update` for command `update_people`: subject-relationship: unknown relationship 'uncle' (expected one of: parent, guardian)",
    );
    expect([relationship.code, relationship.field, relationship.message]).toEqual([
      'invalid-input',
      'subject-relationship',
      "unknown relationship 'uncle' (expected one of: parent, guardian)",
    ]);
  });

  it('turns anything else into an internal error', () => {
    expect(ApiError.from('command list_cases not allowed').code).toBe('internal');
    expect(ApiError.from({ code: 'weird', message: 'x' }).code).toBe('internal');
    expect(ApiError.from(new Error('boom')).message).toBe('boom');
  });
});
