#!/usr/bin/env node
// Writes the licences of what the packages ship (make dist, README "Packages"):
//
//   node scripts/third-party-licences.mjs OUT_DIR
//
// OUT_DIR/third-party-rust.txt: every crate compiled into the `casebook` CLI or
// the desktop app (normal dependencies for this machine's target, from `cargo
// metadata`), with its licence expression and the licence files the crate
// itself ships (LICENSE*, COPYING*, NOTICE*…), each distinct text once.
// OUT_DIR/third-party-npm.txt: every npm package with code in the built front
// end, found from a source-mapped build of ui/ (so only what the bundle
// contains, not the build tools), with the same.
//
// Fails when a shipped package names no licence at all.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/third-party-licences.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const LICENCE_FILE = /^(licen[cs]e|copying|notice|copyright|unlicense)([-._].*)?$/i;

/** The licence files directly in `dir` (and in a LICENSES/ folder), as [name, text]. */
function licenceFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isFile() && LICENCE_FILE.test(name) && stat.size < 512 * 1024) {
      found.push([name, readFileSync(file, 'utf8')]);
    } else if (stat.isDirectory() && /^licen[cs]es$/i.test(name)) {
      for (const inner of readdirSync(file).sort()) {
        if (statSync(path.join(file, inner)).isFile()) found.push([`${name}/${inner}`, readFileSync(path.join(file, inner), 'utf8')]);
      }
    }
  }
  return found;
}

/**
 * One text file: a table of the packages, then each distinct licence text
 * once, headed by the packages that ship it.
 */
function write(file, title, packages) {
  const texts = new Map(); // hash -> { text, users: [] }
  const lines = [title, '='.repeat(title.length), ''];
  const unlicensed = [];
  for (const p of packages) {
    if (!p.licence) unlicensed.push(`${p.name} ${p.version}`);
    const files = p.files.map(([name, text]) => {
      const normalised = text.replace(/\r\n/g, '\n').trim();
      const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 12);
      if (!texts.has(hash)) texts.set(hash, { text: normalised, users: [] });
      texts.get(hash).users.push(`${p.name} ${p.version} (${name})`);
      return `[${hash}]`;
    });
    lines.push(`${p.name} ${p.version}`);
    lines.push(`  licence: ${p.licence ?? 'NONE STATED'}`);
    if (p.source) lines.push(`  source: ${p.source}`);
    lines.push(`  licence texts: ${files.length ? files.join(' ') : 'none shipped in the package; the licence named above applies'}`);
    lines.push('');
  }
  lines.push('', 'Licence texts', '-------------', '');
  for (const [hash, { text, users }] of texts) {
    lines.push(`[${hash}] shipped by: ${users.join(', ')}`, '', text, '', '-'.repeat(72), '');
  }
  if (unlicensed.length) {
    console.error(`third-party-licences: no licence stated by ${unlicensed.join(', ')}`);
    process.exit(1);
  }
  writeFileSync(file, lines.join('\n'));
  console.log(`third-party-licences: ${path.relative(process.cwd(), file)}: ${packages.length} packages, ${texts.size} distinct licence texts`);
}

// Rust: the normal dependencies of the CLI and the desktop app, as built for this machine.
function rustPackages() {
  const host = /^host: (.+)$/m.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))[1];
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--locked', '--filter-platform', host], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  const byId = new Map(metadata.packages.map((p) => [p.id, p]));
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const members = new Set(metadata.workspace_members);
  const roots = metadata.packages.filter((p) => members.has(p.id) && ['casebook-cli', 'casebook-desktop'].includes(p.name));
  if (roots.length !== 2) throw new Error('cargo metadata: casebook-cli or casebook-desktop is missing');
  const seen = new Set();
  const queue = roots.map((p) => p.id);
  while (queue.length) {
    const id = queue.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dep of nodes.get(id).deps) {
      if (dep.dep_kinds.some((k) => k.kind === null)) queue.push(dep.pkg);
    }
  }
  return [...seen]
    .filter((id) => !members.has(id))
    .map((id) => byId.get(id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .map((p) => ({
      name: p.name,
      version: p.version,
      licence: p.license ?? (p.license_file ? `see ${p.license_file}` : null),
      source: p.repository ?? `https://crates.io/crates/${p.name}`,
      files: licenceFiles(path.dirname(p.manifest_path)),
    }));
}

// npm: the packages whose modules end up in the built front end.
function npmPackages() {
  const ui = path.join(root, 'ui');
  const build = mkdtempSync(path.join(tmpdir(), 'casebook-licences-'));
  try {
    execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', build, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ui,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const names = new Set();
    const maps = readdirSync(build, { recursive: true }).filter((f) => String(f).endsWith('.map'));
    if (!maps.length) throw new Error('the source-mapped build of ui/ wrote no .map file');
    for (const map of maps) {
      for (const source of JSON.parse(readFileSync(path.join(build, String(map)), 'utf8')).sources) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source.slice(source.lastIndexOf('node_modules/')));
        if (m) names.add(m[1]);
      }
    }
    return [...names].sort().map((name) => {
      const dir = path.join(ui, 'node_modules', name);
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR '));
      const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
      return { name, version: pkg.version, licence: licence || null, source: repo ?? `npm: ${name}`, files: licenceFiles(dir) };
    });
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
}

write(
  path.join(out, 'third-party-rust.txt'),
  'Rust crates compiled into Casebook (the casebook command and the desktop app)',
  rustPackages(),
);
const npm = npmPackages();
if (!npm.length) throw new Error('no npm package found in the built front end: the source maps changed shape?');
write(path.join(out, 'third-party-npm.txt'), 'npm packages bundled into the Casebook window (ui/)', npm);
if (!existsSync(path.join(out, 'third-party-rust.txt'))) process.exit(1);
