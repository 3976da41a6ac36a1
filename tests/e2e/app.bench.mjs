// The desktop app's speed benchmark (issue 8; BENCHMARKS.md): cold start to an
// interactive case list of 100,000 cases, idle memory, and keystroke to
// results in the search box. Not part of the test suite (run.sh's default
// set is *.test.mjs): run it on release builds with `make bench-app`.
//
// How each figure is taken, and what it includes:
// - start: from the app process's start (/proc/PID/stat, 10 ms ticks) to the
//   moment the dashboard's counts are on screen, seen by polling the page over
//   WebDriver (so up to one poll, ~20 ms, late), plus the time the case list
//   takes to draw its first rows after "/" is pressed, measured inside the page
//   (key event to the second animation frame after the rows are in the DOM).
// - memory: proportional set size (PSS: shared pages divided between the
//   processes that share them) and RSS, summed over the app and every process
//   it started (WebKit's web and network processes), after 10 s idle on the list.
// - keystroke: inside the page, from the input event of one more letter in the
//   search box to the second animation frame after the list shows the rows for
//   that text (the list's `data-showing`); includes the 60 ms debounce.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { casebook, startApp } from './helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CASES = Number(process.env.BENCH_CASES ?? 100000);
const WORDS = (process.env.BENCH_WORDS ?? 'müller,garcia,ada').split(',');
const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

const uptimeMs = () => Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;

/** Milliseconds since the process started (10 ms resolution). */
function elapsedSinceStart(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = Number(fields[19]); // field 22 of stat, counted after the name
  return uptimeMs() - (startTicks / TICK) * 1000;
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/** The app's process: the newest one running the app binary. */
function appPid() {
  const app = path.resolve(process.env.CASEBOOK_APP);
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const mine = pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] === app;
    } catch {
      return false;
    }
  });
  assert.ok(mine.length > 0, `no process runs ${app}`);
  return Math.max(...mine);
}

/** The app and every process below it. */
function processTree(root) {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const pid of pids) {
      if (!tree.has(pid) && tree.has(parentOf(pid))) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

function memoryOf(pids) {
  let pss = 0;
  let rss = 0;
  const names = [];
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pss += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]);
      rss += Number(/^Rss:\s+(\d+) kB/m.exec(rollup)[1]);
      names.push(`${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}:${Math.round(Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]) / 1024)}MB`);
    } catch {
      // a process that ended meanwhile
    }
  }
  return { pssMb: pss / 1024, rssMb: rss / 1024, processes: names };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

/** In the page: presses "/" and resolves with the ms until the list's first rows are painted. */
function listAfterSlash(browser) {
  return browser.executeAsync((done) => {
    const painted = (t0) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector('tbody tr[data-reference]')) {
        observer.disconnect();
        painted(t0);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
  });
}

/** In the page: sets the search box to `text` and resolves with the ms until the list shows its results. */
function searchKeystroke(browser, text) {
  return browser.executeAsync((text, done) => {
    const input = document.getElementById('case-search');
    const shows = () => document.querySelector('[data-testid="case-count"]')?.getAttribute('data-showing') === text
      || (document.querySelector('[data-testid="no-match"]') && text !== '');
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (shows()) {
        observer.disconnect();
        const dom = performance.now() - t0;
        requestAnimationFrame(() => requestAnimationFrame(() => done([performance.now() - t0, dom])));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1), inputType: 'insertText' }));
  }, text);
}

test(`the app on ${CASES.toLocaleString('en')} cases: start, idle memory, search keystrokes`, { timeout: 30 * 60 * 1000 }, async () => {
  casebook('init', '--no-passphrase', '--name', 'Bench Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--time-zone', 'Europe/London');
  const generated = Date.now();
  casebook('demo', 'generate', '--cases', String(CASES), '--seed', '2026');
  console.log(`generated ${CASES} cases in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const browser = await startApp();
    try {
      const pid = appPid();
      let dashboard;
      for (;;) {
        const ready = await browser.execute(() => !!document.querySelector('[data-testid="count-overdue"] .number'));
        if (ready) {
          dashboard = elapsedSinceStart(pid);
          break;
        }
        assert.ok(elapsedSinceStart(pid) < 60000, 'the dashboard did not appear within 60 s');
      }
      const list = await listAfterSlash(browser);
      const listSeen = elapsedSinceStart(pid);
      // The same once the dashboard's work is over: back to it, 3 s, "/" again.
      await browser.$('nav [data-nav="dashboard"]').click();
      await new Promise((r) => setTimeout(r, 3000));
      const listWarm = await listAfterSlash(browser);
      await new Promise((r) => setTimeout(r, 10000));
      const memory = memoryOf(processTree(pid));
      const keystrokes = [];
      const keystrokesDom = [];
      for (const word of WORDS) {
        for (let n = 1; n <= word.length; n++) {
          const [painted, dom] = await searchKeystroke(browser, word.slice(0, n));
          keystrokes.push(painted);
          keystrokesDom.push(dom);
        }
        await searchKeystroke(browser, ''); // back to the open cases, not timed
      }
      const result = { run, dashboardMs: dashboard, listAfterKeyMs: list, startToListMs: dashboard + list, listSeenMs: listSeen, listWarmMs: listWarm, ...memory, keystrokesMs: keystrokes, keystrokesDomMs: keystrokesDom };
      console.log(JSON.stringify({ ...result, keystrokesMs: keystrokes.map(round), keystrokesDomMs: keystrokesDom.map(round), processes: memory.processes.join(' ') }));
      runs.push(result);
    } finally {
      await browser.deleteSession().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 1000));
  }

  const allKeys = runs.flatMap((r) => r.keystrokesMs);
  const summary = {
    cases: CASES,
    runs: RUNS,
    startToListMs: runs.map((r) => round(r.startToListMs)),
    dashboardMs: runs.map((r) => round(r.dashboardMs)),
    listAfterKeyMs: runs.map((r) => round(r.listAfterKeyMs)),
    listWarmMs: runs.map((r) => round(r.listWarmMs)),
    idlePssMb: runs.map((r) => round(r.pssMb)),
    idleRssMb: runs.map((r) => round(r.rssMb)),
    keystrokeMedianMs: round(median(allKeys)),
    keystrokeDomMedianMs: round(median(runs.flatMap((r) => r.keystrokesDomMs))),
    keystrokeP90Ms: round([...allKeys].sort((a, b) => a - b)[Math.floor(allKeys.length * 0.9)]),
    keystrokeMaxMs: round(Math.max(...allKeys)),
    keystrokes: allKeys.length,
    medians: {
      startToListMs: round(median(runs.map((r) => r.startToListMs))),
      idlePssMb: round(median(runs.map((r) => r.pssMb))),
      idleRssMb: round(median(runs.map((r) => r.rssMb))),
    },
  };
  console.log(JSON.stringify(summary, null, 2));
  writeFileSync(path.join(process.env.E2E_ARTIFACTS, 'bench-app.json'), JSON.stringify({ summary, runs }, null, 2));
});
