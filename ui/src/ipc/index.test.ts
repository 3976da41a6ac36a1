import { describe, expect, it } from 'vitest';
import { ApiError } from '.';

describe('ApiError.from', () => {
  it('keeps the code and message of an IPC error', () => {
    const e = ApiError.from({ code: 'not-found', message: "no case 'CB-2026-0009'" });
    expect(e.code).toBe('not-found');
    expect(e.message).toBe("no case 'CB-2026-0009'");
  });

  it("names the argument, or the input's field, that Rust could not read", () => {
    // (what Tauri reports, the field named, the message shown beside it)
    const table: [string, string, string][] = [
      ['invalid args `on` for command `acknowledge`: premature end of input', 'on', 'on: premature end of input'],
      [
        "invalid args `fee` for command `request_fee`: on: invalid date '2026-02-30': no such day",
        'on',
        "invalid date '2026-02-30': no such day",
      ],
      [
        "invalid args `answer` for command `answer_right`: outcome: unknown right outcome 'done' (expected one of: fulfilled, partly)",
        'outcome',
        "unknown right outcome 'done' (expected one of: fulfilled, partly)",
      ],
      // A form's field of more than one word is named by its kebab-case key, as the façade's own refusals are.
      [
        "invalid args `update` for command `update_people`: subject-relationship: unknown relationship 'uncle' (expected one of: parent, guardian)",
        'subject-relationship',
        "unknown relationship 'uncle' (expected one of: parent, guardian)",
      ],
    ];
    for (const [reported, field, message] of table) {
      const e = ApiError.from(reported);
      expect([e.code, e.field, e.message]).toEqual(['invalid-input', field, message]);
    }
  });

  it('turns anything else into an internal error', () => {
    expect(ApiError.from('command list_cases not allowed').code).toBe('internal');
    expect(ApiError.from({ code: 'weird', message: 'x' }).code).toBe('internal');
    expect(ApiError.from(new Error('boom')).message).toBe('boom');
  });
});
