// A case's timeline in the app's language, from the facts the Rust side gives
// (`Fact`: a clock step's `facts`, a change's `from` and `to`), not from the
// display text beside them (`details`, `before`, `after`: the command line's).
// Codes are worded from the locale's tables; dates and numbers in the locale's
// form; names and what the DPO wrote are shown as written.
import type { Strings } from '../i18n/en';
import type { Fact, FieldChange, TimelineItem } from '../ipc';
import { locationName } from './places';

/** How the timeline shows a civil date and a number, and the language (ISO 639-1)
 *  whose names it prefers (an authority's description, a language's name). */
export interface TimelineFormats {
  date: (civil: string) => string;
  number: (n: number) => string;
  lang: string;
}

/** One entry: what happened, and the lines that say what was recorded with it. */
export interface TimelineSaid {
  title: string;
  lines: string[];
}

type Labels = Record<string, string>;

/** The labels of codes by the key they are recorded under, for a clock step of `kind` or a case field. */
function codeLabels(t: Strings, kind: string | null): Record<string, Labels> {
  const answers = kind === 'right.answered' || kind === 'right.corrected';
  const outcome: Labels =
    kind === 'identity-checked'
      ? t.identityOutcome
      : kind === 'appeal-decided'
        ? t.actions.appealOutcomes
        : kind === 'complaint-answered'
          ? t.actions.complaintOutcomes
          : answers
            ? t.rightAnswers.outcome
            : t.outcome;
  return {
    status: t.status,
    regime: t.regime,
    channel: t.channel,
    outcome,
    rights: t.right,
    subject_category: t.subjectCategory,
    relationship: t.relationship,
    method: t.identityMethod,
    suggested_method: t.identityMethod,
    ground: answers ? t.refusalReason : t.feeGround,
    ...(answers ? { right: t.right } : {}),
    ...(kind === 'refused' ? { reason: t.refusalReason } : {}),
  };
}

/** A language's name in `lang`, or the code as written. */
function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A value as the timeline shows it: `key` says which table a code is read from. */
function worded(key: string, fact: Fact, t: Strings, f: TimelineFormats, labels: Record<string, Labels>): string {
  switch (fact.type) {
    case 'text': {
      const label = labels[key]?.[fact.text];
      if (label) return label;
      if (key === 'language') return languageName(fact.text, f.lang);
      if (key === 'location' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(fact.text)) return locationName(fact.text, t, f.lang);
      return fact.text;
    }
    case 'date':
      return f.date(fact.date);
    case 'number':
      return f.number(fact.number);
    case 'flag':
      return fact.flag ? t.timeline.yes : t.timeline.no;
    case 'list':
      return fact.items.map((item) => worded(key, item, t, f, labels)).join(', ');
    case 'record':
      return Object.entries(fact.fields)
        .flatMap(([k, v]) => (v ? [t.timeline.line(fieldLabel(k, t), worded(k, v, t, f, labels))] : []))
        .join('; ');
  }
}

const fieldLabel = (field: string, t: Strings) => t.timeline.field[field] ?? field;

/** A supervisory authority (a record of `name`, `website`, `names` by language) as a refusal names it. */
function authority(fact: Fact, lang: string): string {
  if (fact.type !== 'record') return fact.type === 'text' ? fact.text : '';
  const text = (f: Fact | undefined) => (f?.type === 'text' ? f.text : null);
  const names = fact.fields.names;
  const name = (names?.type === 'record' ? text(names.fields[lang]) : null) ?? text(fact.fields.name) ?? '';
  const website = text(fact.fields.website);
  return website ? `${name} (${website})` : name;
}

/** What was recorded with a clock step, a line a fact. */
function clockLines(kind: string, facts: Partial<Record<string, Fact>>, t: Strings, f: TimelineFormats): string[] {
  const s = t.timeline;
  const labels = codeLabels(t, kind);
  const lines: string[] = [];
  for (const [key, fact] of Object.entries(facts)) {
    if (!fact || key === 'proof_of') continue;
    if (kind === 'identity-document-deleted' && (key === 'retention_days' || key === 'decided_on')) continue;
    if (key === 'complaint_authority') {
      lines.push(s.complaintTo(authority(fact, f.lang)));
      continue;
    }
    const label = kind === 'identity-checked' && key === 'override_reason' ? s.detail.method_override : s.detail[key];
    lines.push(s.line(label ?? fieldLabel(key, t), worded(key, fact, t, f, labels)));
  }
  const days = facts.retention_days;
  if (kind === 'identity-document-deleted' && days?.type === 'number') {
    const decided = facts.decided_on;
    lines.unshift(
      decided?.type === 'date' ? s.keptFor(days.number, f.date(decided.date)) : s.keptForUndecided(days.number),
    );
  }
  return lines;
}

// Long values (the whole import record) say little in a timeline: the field only.
const long = (text: string) => text.length > 60;

/** A corrected answer is audited as the earlier answer (its fields) and the corrected one under
 *  `answer`, with the `reason`: said as the right, then each field from the earlier value to the new one. */
function correctedAnswer(changes: FieldChange[]): FieldChange[] {
  const answer = changes.find((c) => c.field === 'answer')?.to;
  if (answer?.type !== 'record') return changes;
  const earlier = Object.fromEntries(changes.filter((c) => c.from).map((c) => [c.field, c.from]));
  const keys = [...new Set([...Object.keys(earlier), ...Object.keys(answer.fields)])].filter(
    (k) => k !== 'right' && JSON.stringify(earlier[k] ?? null) !== JSON.stringify(answer.fields[k] ?? null),
  );
  const field = (k: string, from: Fact | null, to: Fact | null): FieldChange => ({ field: k, before: null, after: null, from, to });
  const right = answer.fields.right ?? null;
  return [
    ...(right ? [field('right', right, right)] : []),
    ...keys.map((k) => field(k, earlier[k] ?? null, answer.fields[k] ?? null)),
    ...changes.filter((c) => c.field === 'reason'),
  ];
}

/** A changed field, a line each: a record (the requester, the data subject) by the parts that changed;
 *  a field that stays (a corrected answer's right) by its value alone. */
function changeLines(c: FieldChange, t: Strings, f: TimelineFormats, action: string): string[] {
  const labels = codeLabels(t, action);
  const label = fieldLabel(c.field, t);
  const value = (key: string, v: Fact | null | undefined) => (v ? worded(key, v, t, f, labels) : '—');
  const line = (name: string, key: string, from: Fact | null | undefined, to: Fact | null | undefined) => {
    const [was, now] = [value(key, from), value(key, to)];
    if (from && to && was === now) return t.timeline.line(name, now);
    return long(was) || long(now) ? name : t.timeline.line(name, `${was} → ${now}`);
  };
  const { from, to } = c;
  if (from?.type === 'record' || to?.type === 'record') {
    const before = from?.type === 'record' ? from.fields : {};
    const after = to?.type === 'record' ? to.fields : {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    if (keys.length > 0 && from && to) {
      return keys.map((k) => line(`${label} · ${fieldLabel(k, t)}`, k, before[k], after[k]));
    }
  }
  return [line(label, c.field, from, to)];
}

/** What a timeline entry says, in `t`'s language. */
export function describeTimelineItem(item: TimelineItem, t: Strings, f: TimelineFormats): TimelineSaid {
  const s = t.timeline;
  switch (item.type) {
    case 'note':
      return { title: s.note, lines: [] };
    case 'clock': {
      const proof = item.facts.proof_of;
      const authorityAsked = proof?.type === 'text' && proof.text === 'authority';
      const step = authorityAsked ? s.authorityRequested : (s.clock[item.kind] ?? item.kind);
      return { title: `${step} (${s.effective(f.date(item.on))})`, lines: clockLines(item.kind, item.facts, t, f) };
    }
    case 'change': {
      const recomputed = /^deadline\.recomputed(?: \((.+)\))?$/.exec(item.action);
      const title = recomputed
        ? ((recomputed[1] && s.recomputedFor[recomputed[1]]) ?? s.recomputed)
        : (s.action[item.action] ?? s.actionWords(item.action));
      const changes = item.action === 'right.corrected' ? correctedAnswer(item.changes) : item.changes;
      return { title, lines: changes.flatMap((c) => changeLines(c, t, f, item.action)) };
    }
  }
}
