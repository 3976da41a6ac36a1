// The one import the app may be running, shared by the window (which opens
// the import screen when files are dropped) and the import screen. Fed by
// the Rust side's events through `Api.onImport`.
import { ApiError, type ImportCounts, type ImportReport } from '../ipc';

export class ImportState {
  phase = $state<'idle' | 'running' | 'done'>('idle');
  counts = $state<ImportCounts>({ done: 0, created: 0, filed: 0, skipped: 0, failed: 0, file: '' });
  report = $state<ImportReport | null>(null);
  error = $state<ApiError | null>(null);
  cancelling = $state(false);

  started() {
    this.phase = 'running';
    this.counts = { done: 0, created: 0, filed: 0, skipped: 0, failed: 0, file: '' };
    this.report = null;
    this.error = null;
    this.cancelling = false;
  }

  progress(counts: ImportCounts) {
    if (this.phase === 'running') this.counts = counts;
  }

  finished(report: ImportReport) {
    this.phase = 'done';
    this.counts = report.counts;
    this.report = report;
    this.cancelling = false;
  }

  refused(error: ApiError) {
    this.error = error;
  }

  /** On locking: a finished import's report (file names, references) is dropped. */
  forget() {
    if (this.phase === 'done') this.phase = 'idle';
    this.report = null;
    this.error = null;
  }
}
