// `DataSaid` in the window's language (see ./index.ts): outcomes by the app's
// words, numbers by format.ts.
import type { Strings } from '../../i18n/en';
import type { DataSaid, ExportProblem, JsonProblem, NameError, PeriodProblem, RecordAt, TextAt } from '../../ipc';
import { formatNumber } from '../format';
import { describeStore } from './store';

export function describeData(said: DataSaid, t: Strings): string {
  const s = t.errorSaid.data;
  const n = formatNumber;
  const period = (p: PeriodProblem) =>
    p.kind === 'not-a-period' ? s.period.notAPeriod(p.input) : s.period.outOfRange(p.input, Number(p.max_years));
  switch (said.kind) {
    case 'already-redacted':
      return s.alreadyRedacted(said.item, said.field);
    case 'categories-invalid':
      return categories(said.reason, t);
    case 'data-file-unreadable':
      return s.dataFileUnreadable(said.name, said.detail);
    case 'data-not-a-file':
      return s.dataNotAFile(said.name);
    case 'data-file-too-large':
      return s.dataFileTooLarge(said.name, n(said.mib), n(said.limit_mib));
    case 'data-file-not-opened':
      return s.dataFileNotOpened(said.name, said.detail);
    case 'data-file-start-invalid':
      return s.dataFileStartInvalid(said.name, exportProblem(said.problem, t));
    case 'data-file-empty':
      return s.dataFileEmpty(said.name);
    case 'data-file-format-unknown':
      return s.dataFileFormatUnknown(said.name);
    case 'no-identifiers-to-match':
      return s.noIdentifiersToMatch(said.reference);
    case 'data-file-unreadable-records':
      return s.dataFileUnreadableRecords(said.name, exportProblem(said.problem, t));
    case 'data-record-not-stored':
      return s.dataRecordNotStored(
        said.name,
        recordAt(said.at, t),
        said.store === null ? s.storeSaid(said.detail) : describeStore(said.store, t),
      );
    case 'data-file-no-records':
      return s.dataFileNoRecords(said.name);
    case 'no-record-matched':
      return s.noRecordMatched(said.name, said.identifiers, n(said.records));
    case 'exemption-needs-article':
      return s.exemptionNeedsArticle;
    case 'article-only-for-exemption':
      return s.articleOnlyForExemption;
    case 'redaction-needs-note':
      return s.redactionNeedsNote;
    case 'invalid-item':
      return s.invalidItem(said.item);
    case 'item-has-no-field':
      return s.itemHasNoField(said.item, said.field, said.fields.join(', '));
    case 'evidence-pack-not-written':
      return s.evidencePackNotWritten(said.path, said.detail);
    case 'evidence-pack-not-made':
      return s.evidencePackNotMade(said.detail);
    case 'retention-days-not-a-number':
      return s.retentionDaysNotANumber(said.input);
    case 'retention-period-invalid':
      return s.retentionPeriodInvalid(t.outcome[said.outcome], period(said.problem));
    case 'retention-days-too-many':
      return s.retentionDaysTooMany(n(said.days), n(said.max));
    case 'retention-outcome-unknown':
      return s.retentionOutcomeUnknown(said.input);
    case 'retention-months-invalid':
      return s.retentionMonthsInvalid(n(said.months), period(said.problem));
    case 'passphrase-too-short':
      return s.passphraseTooShort(n(said.chars), n(said.min));
    case 'lock-minutes-too-many':
      return s.lockMinutesTooMany(n(said.minutes), n(said.max));
    case 'not-encrypted':
      return s.notEncrypted(said.path);
    case 'passphrase-unchanged':
      return s.passphraseUnchanged;
    case 'backup-file-exists':
      return s.backupFileExists(said.path);
    case 'backup-not-recorded':
      return s.backupNotRecorded(said.path, said.detail);
    case 'reminder-days-too-many':
      return s.reminderDaysTooMany(n(said.days), n(said.max));
    case 'already-encrypted':
      return s.alreadyEncrypted(said.path);
    case 'restore-target-exists':
      return s.restoreTargetExists(said.path);
    case 'package-not-written':
      return s.packageNotWritten(said.what, said.detail);
    case 'package-target-invalid':
      return s.packageTargetInvalid(said.path);
    case 'package-folder-missing':
      return s.packageFolderMissing(said.path, said.folder);
    case 'package-target-exists':
      return s.packageTargetExists(said.path);
    case 'package-password-too-short':
      return s.packagePasswordTooShort(n(said.min));
    case 'package-no-records':
      return s.packageNoRecords(said.reference);
    case 'package-not-moved':
      return s.packageNotMoved(said.path, said.detail, said.sha256);
    case 'package-language-invalid':
      return s.packageLanguageInvalid(said.detail);
    case 'package-report-not-made':
      return s.packageReportNotMade(said.detail);
    case 'package-unreadable':
      return s.packageUnreadable(said.name, said.detail);
    case 'package-entry-unreadable':
      return s.packageEntryUnreadable(said.name, said.entry, said.detail);
    case 'package-name-not-text':
      return s.packageNameNotText(said.name, said.file_name);
    case 'package-symlink':
      return s.packageSymlink(said.name, said.entry);
    case 'package-too-many-files':
      return s.packageTooManyFiles(said.name, n(said.max));
    case 'package-not-regular-file':
      return s.packageNotRegularFile(said.name, said.entry);
    case 'package-password-needed':
      return s.packagePasswordNeeded(said.name);
    case 'package-wrong-password':
      return s.packageWrongPassword(said.name);
    case 'package-entry-invalid':
      return s.packageEntryInvalid(said.name, said.entry, said.detail);
    case 'package-not-opened':
      return s.packageNotOpened(said.name, said.detail);
    case 'package-not-zip':
      return s.packageNotZip(said.name, said.detail);
    case 'zip-too-many-entries':
      return s.zipTooManyEntries(said.name, n(said.entries), n(said.max));
    case 'zip-duplicate-names':
      return s.zipDuplicateNames(said.name);
    case 'zip-entry-unreadable':
      return s.zipEntryUnreadable(said.name, String(said.index), said.detail);
    case 'zip-entry-name-not-text':
      return s.zipEntryNameNotText(said.name, String(said.index));
    case 'zip-entry-unsafe-path':
      return s.zipEntryUnsafePath(said.name, said.entry, s.unsafePath[said.why]);
    case 'zip-entry-symlink':
      return s.zipEntrySymlink(said.name, said.entry);
    case 'manifest-missing':
      return s.manifestMissing(said.name);
    case 'manifest-too-large':
      return s.manifestTooLarge(said.name, n(said.bytes), n(said.max_mb));
    case 'manifest-unreadable':
      return s.manifestUnreadable(said.name, said.detail);
    case 'manifest-over-limit':
      return s.manifestOverLimit(said.name, n(said.max_mb));
    case 'manifest-invalid':
      return s.manifestInvalid(said.name, said.detail);
  }
}

/** Core's refusal of an import's data categories (`NameError`). */
function categories(reason: NameError, t: Strings): string {
  const s = t.errorSaid.data;
  switch (reason.kind) {
    case 'bad-slug':
      return s.categoryNotASlug(reason.input);
    case 'no-category':
      return s.noCategory;
    case 'repeated-category':
      return s.categoryRepeated(reason.category);
  }
}

/** Where a JSON reader stood, or null when it does not say. */
function textAt(at: TextAt | null, t: Strings): string | null {
  return at === null ? null : t.errorSaid.data.textAt(formatNumber(at.line), formatNumber(at.column));
}

/** Where a record is in its file (`RecordAt`). */
function recordAt(at: RecordAt, t: Strings): string {
  const s = t.errorSaid.data.recordAt;
  const n = formatNumber;
  switch (at.kind) {
    case 'line':
      return s.line(n(at.line), n(at.record));
    case 'row':
      return s.row(n(at.row), n(at.record));
    case 'element':
      return s.element(n(at.record), textAt(at.at, t));
  }
}

/** casebook-intake's reason a system's export does not read (`ExportProblem`), after a colon. */
export function exportProblem(p: ExportProblem, t: Strings): string {
  const s = t.errorSaid.data.export;
  const n = formatNumber;
  const line = (l: number | null) => (l === null ? null : n(l));
  switch (p.kind) {
    case 'cannot-open':
      return s.cannotOpen(p.detail);
    case 'cannot-read':
      return s.cannotRead(line(p.line), p.detail);
    case 'utf16':
      return s.utf16;
    case 'quote-never-closed':
      return s.quoteNeverClosed(n(p.line));
    case 'csv-not-utf8':
      return s.csvNotUtf8(n(p.line), n(p.field));
    case 'field-count':
      return s.fieldCount(n(p.line), n(p.fields), n(p.header));
    case 'csv':
      return s.csv(line(p.line), p.detail);
    case 'csv-no-header':
      return s.csvNoHeader;
    case 'header-too-wide':
      return s.headerTooWide(n(p.columns), n(p.max));
    case 'header-column-unnamed':
      return s.headerColumnUnnamed(n(p.column));
    case 'header-column-twice':
      return s.headerColumnTwice(p.column);
    case 'csv-field-too-long':
      return s.csvFieldTooLong(n(p.line), n(p.record), p.field, n(p.mib));
    case 'json':
      return s.json(jsonProblem(p.problem, t), textAt(p.at, t));
    case 'xlsx-not-zip':
      return s.xlsxNotZip(p.detail);
    case 'xlsx-part-unreadable':
      return s.xlsxPartUnreadable(String(p.part), p.detail);
    case 'xlsx-part-too-packed':
      return s.xlsxPartTooPacked(p.part, n(p.ratio), n(p.mib));
    case 'xlsx-too-large':
      return s.xlsxTooLarge(n(p.mib), n(p.max_mib));
    case 'xlsx-unreadable':
      return s.xlsxUnreadable(p.detail);
    case 'xlsx-no-worksheet':
      return s.xlsxNoWorksheet;
    case 'xlsx-many-worksheets':
      return s.xlsxManyWorksheets(n(p.sheets.length), p.sheets.join(', '));
    case 'worksheet-unreadable':
      return s.worksheetUnreadable(p.sheet, p.detail);
    case 'row-header-too-wide':
      return s.rowHeaderTooWide(n(p.row), n(p.max));
    case 'row-column-twice':
      return s.rowColumnTwice(n(p.row), p.column);
    case 'cell-not-finite':
      return s.cellNotFinite(p.cell);
    case 'cell-date-invalid':
      return s.cellDateInvalid(p.cell);
    case 'cell-error':
      return s.cellError(p.cell, p.error);
    case 'cell-without-column':
      return s.cellWithoutColumn(p.cell);
    case 'cell-too-long':
      return s.cellTooLong(p.cell, n(p.mib));
    case 'worksheet-empty':
      return s.worksheetEmpty;
  }
}

/** A JSON file's problem (`JsonProblem`). */
function jsonProblem(p: JsonProblem, t: Strings): string {
  const s = t.errorSaid.data.export;
  const n = formatNumber;
  switch (p.kind) {
    case 'not-an-object':
      return s.notAnObject(n(p.record), t.errorSaid.data.jsonKind[p.found]);
    case 'too-many-fields':
      return s.tooManyFields(n(p.record), n(p.fields), n(p.max));
    case 'field-too-long':
      return s.fieldTooLong(n(p.record), p.field, n(p.mib));
    case 'empty-field-name':
      return s.emptyFieldName(n(p.record));
    case 'too-many-names':
      return s.tooManyNames(n(p.record), n(p.max));
    case 'not-utf8':
      return s.notUtf8(p.detail);
    case 'parser':
      return s.parser(p.detail);
  }
}
