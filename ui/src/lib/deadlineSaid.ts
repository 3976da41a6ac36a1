// The case page's "why this date" and notes in the app's language, from the
// sentences the deadline engine gives as facts (`Said`), not from their English
// strings (`Deadlines.steps`, `notes`…, the command line's). Sections, citations,
// holidays and a US state's act are names: they are passed through as written. A
// holiday calendar and a version of a law come by id and are named from the locale's
// tables (places.ts, laws.ts), an imported calendar by its own name.
import type { Strings } from '../i18n/en';
import type { CalendarNote, CalendarRef, HolidaySource, NamedHoliday, Said } from '../ipc';
import { lawName } from './laws';
import { calendarName, countryName, locationName } from './places';

/** How a sentence shows a civil date: `date` plain, `day` with its weekday
 *  (where the engine names the weekday: the day arithmetic). */
export interface SaidDates {
  date: (civil: string) => string;
  day: (civil: string) => string;
}

/** The sentence for `said` in `t`'s language (`lang`, its code, names countries). */
export function describeSaid(said: Said, t: Strings, dates: SaidDates, lang: string): string {
  const s = t.deadlineSaid;
  const { date, day } = dates;
  const right = (r: keyof Strings['right']) => t.right[r];
  const regime = (r: keyof Strings['regime']) => t.regime[r];
  const causes = (c: (keyof Strings['deadlineSaid']['cause'])[]) => s.list(c.map((x) => s.cause[x]));
  const calendar = (c: CalendarRef) => calendarName(c.id, t, c.name);
  const holiday = (h: NamedHoliday) =>
    s.holiday(h.title, day(h.day), calendar(h.calendar), holidaySource(h.source, t));
  switch (said.kind) {
    case 'add-months':
      return s.addMonths(said.months, day(said.to)) + (said.missing_day === null ? '' : s.missingDay(said.missing_day));
    case 'add-days':
      return s.addDays(said.days, day(said.to));
    case 'add-business-days':
      return s.addBusinessDays(said.days, day(said.from), said.calendar && calendar(said.calendar), day(said.to));
    case 'skipped-holiday':
      return s.skippedHoliday(holiday(said.holiday));
    case 'weekend':
      return s.weekend(day(said.day), day(said.next));
    case 'holiday':
      return s.holidayMoves(holiday(said.holiday), day(said.next));
    case 'working-day':
      return s.workingDay(day(said.day));
    case 'no-known-holiday':
      // A country without holiday data has a calendar named by its code: say the country.
      return s.noKnownHoliday(day(said.day), calendarName(said.calendar.id, t, '') || countryName(said.calendar.name, lang));
    case 'due':
      return s.due(day(said.on));
    case 'weekend-stays':
      return s.weekendStays(day(said.day), regime(said.regime));
    case 'received':
      return s.received(day(said.on));
    case 'rules-in-force':
      return s.rulesInForce(date(said.received), date(said.from), lawName(said.law, t), said.source);
    case 'rules-before-next':
      return s.rulesBeforeNext(
        date(said.received),
        lawName(said.next, t),
        date(said.next_from),
        lawName(said.law, t),
        said.source,
      );
    case 'not-yet-in-force':
      return s.notYetInForce(date(said.received), said.law, date(said.from));
    case 'complaint-rules-in-force':
      return s.complaintRulesInForce(date(said.received), date(said.from));
    case 'identity-awaited':
      return s.identityAwaited[said.waiting_for](day(said.asked));
    case 'identity-asked':
      return s.identityAsked(day(said.asked));
    case 'clock-restarted':
      return s.clockRestarted(day(said.on));
    case 'identity-runs-on':
      return (
        s.identityRunsOn(day(said.asked), regime(said.regime)) +
        (said.authentication ? s.stateRule(said.authentication.state, said.authentication.rule) : '')
      );
    case 'clarification-runs-on':
      return s.clarificationRunsOn(day(said.asked), regime(said.regime));
    case 'goes-ahead-without-identity':
      return s.goesAheadWithoutIdentity(right(said.right), t.identitySaid.ground[said.ground]);
    case 'clarification-access-only':
      return s.clarificationAccessOnly(right(said.right));
    case 'pause-before-restart':
      return s.pauseBeforeRestart(causes(said.causes), date(said.from), date(said.to));
    case 'pause-after-end':
      return s.pauseAfterEnd(causes(said.causes), date(said.from));
    case 'paused':
      return s.paused(said.days, causes(said.causes), date(said.from), date(said.to), day(said.end));
    case 'paused-open':
      return s.pausedOpen(said.days, causes(said.causes), date(said.from), date(said.to), day(said.end));
    default:
      return describePeriod(said, t, dates) ?? describeOther(said, t, dates, lang);
  }
}

/** A right's period and the house target. */
function describePeriod(said: Said, t: Strings, { day }: SaidDates): string | null {
  const s = t.deadlineSaid;
  const unread = (read: boolean) => (read ? '' : s.unread);
  const right = (r: keyof Strings['right']) => t.right[r];
  const regime = (r: keyof Strings['regime']) => t.regime[r];
  switch (said.kind) {
    case 'period-can-spam':
      return s.periodCanSpam(right(said.right), said.days, regime(said.regime));
    case 'period-gdpr-deactivate':
      return s.periodGdprDeactivate(right(said.right), said.source);
    case 'period-gdpr-preferences':
      return s.periodGdprPreferences(right(said.right), said.marketing_law, said.source);
    case 'period-gdpr-marketing':
      return s.periodGdprMarketing(right(said.right));
    case 'period-one-month':
      return s.periodOneMonth(right(said.right), said.source);
    case 'period-ccpa-stop':
      return s.periodCcpaStop(right(said.right), said.days);
    case 'period-ccpa':
      return s.periodCcpa(right(said.right), said.days);
    case 'period-state':
      return s.periodState(right(said.right), said.days, said.law, said.section) + unread(said.read);
    case 'period-none-of-its-own':
      return s.periodNoneOfItsOwn(right(said.right), regime(said.regime), said.days, said.source);
    case 'period-days':
      return s.periodDays(right(said.right), said.days, said.source);
    case 'period-other':
      return s.periodOther(right(said.right), s.period[said.period.unit](said.period.n), said.source);
    case 'no-statute':
      return (
        s.noStatute(
          right(said.right),
          said.law,
          said.section ?? null,
          said.given_from ? day(said.given_from) : null,
        ) + (said.right === 'communication-preferences' ? s.noStatuteCanSpam : '')
      );
    case 'house-target-only':
      return s.houseTargetOnly(day(said.on));
    case 'no-house-target':
      return s.noHouseTarget(regime(said.regime));
    case 'house-target':
      return s.houseTarget(said.days, day(said.from));
    case 'house-target-is-due':
      return s.houseTargetIsDue(regime(said.regime));
    default:
      return null;
  }
}

/** The extension, refusal, acknowledgement, appeal, complaint, records, calendar and answers. */
function describeOther(said: Said, t: Strings, { date, day }: SaidDates, lang: string): string {
  const s = t.deadlineSaid;
  const unread = (read: boolean) => (read ? '' : s.unread);
  const regime = (r: keyof Strings['regime']) => t.regime[r];
  switch (said.kind) {
    case 'extension-notice':
      return s.extensionNotice(day(said.by));
    case 'extension-months':
      return s.extensionMonths(said.months, day(said.start));
    case 'extension-days':
      return s.extensionDays(said.days);
    case 'extension-state':
      return s.extensionState(said.extra_days, said.days, said.first_days, said.section) + unread(said.read);
    case 'no-extension':
      return s.noExtension(regime(said.regime), said.regime === 'fadp');
    case 'late-notice':
      return s.lateNotice(date(said.told), date(said.by));
    case 'notice-not-recorded':
      return s.noticeNotRecorded(date(said.by));
    case 'refusal-without-extension':
      return s.refusalWithoutExtension(said.source);
    case 'refuse-by':
      return s.refuseBy(day(said.by));
    case 'confirm-receipt':
      return s.confirmReceipt(said.days);
    case 'acknowledge-by':
      return s.acknowledgeBy(day(said.by));
    case 'appeal-received':
      return s.appealReceived(day(said.on), said.days, said.section) + unread(said.read);
    case 'appeal-due':
      return s.appealDue(day(said.on));
    case 'appeal-extension':
      return s.appealExtension(said.extra_days, said.first_days, day(said.to)) + unread(said.read);
    case 'appeal-attorney-general':
      return s.appealAttorneyGeneral;
    case 'complaint-received':
      return s.complaintReceived(day(said.on), said.days, said.source);
    case 'acknowledge-complaint-by':
      return s.acknowledgeComplaintBy(day(said.by));
    case 'complaint-acknowledged':
      return s.complaintAcknowledged(date(said.on), said.days);
    case 'complaint-acknowledged-late':
      return s.complaintAcknowledgedLate(date(said.on), date(said.by));
    case 'employee-records':
      return s.employeeRecords(s.record[said.record], said.source);
    case 'records-due':
      return s.recordsDue(s.record[said.record], day(said.on));
    case 'calendar':
      return calendarNote(said.note, t, lang);
    case 'answered-late':
      return s.answeredLate(t.right[said.right], date(said.due));
    case 'answered-on-time':
      return s.answeredOnTime(date(said.due));
    case 'open-rights-due':
      return s.openRightsDue(s.list(said.answered.map((r) => t.right[r])), date(said.due), t.right[said.right]);
    default:
      // Worded by describeSaid or describePeriod (deadlineSaid.test.ts says one of every kind).
      return unreachable(said);
  }
}

function unreachable(said: { kind: string }): string {
  throw new Error(`a sentence of kind ${said.kind} has no words`);
}

function holidaySource(source: HolidaySource, t: Strings): string {
  const s = t.deadlineSaid.holidaySource;
  switch (source.kind) {
    case 'file':
      return s.file(source.source);
    case 'rules':
      return s.rules;
    case 'rules-past-data':
      return s.rulesPastData(source.year);
  }
}

function calendarNote(note: CalendarNote, t: Strings, lang: string): string {
  const s = t.deadlineSaid.calendarNote;
  switch (note.kind) {
    case 'no-holiday-data':
      return s.noHolidayData(countryName(note.country, lang));
    case 'national-only':
      return s.nationalOnly(locationName(note.location, t, lang), countryName(note.country, lang));
    case 'germany-without-land':
      return s.germanyWithoutLand;
  }
}
