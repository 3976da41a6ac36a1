// Only ui/src/ipc/ may talk to Tauri: everything else goes through `Api`,
// which keeps components testable with a fake and the IPC surface in one place.
import { expect, it } from 'vitest';

const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.svelte', '!../ipc/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

it('no module outside src/ipc imports @tauri-apps', () => {
  expect(Object.keys(sources).length).toBeGreaterThan(5);
  const offenders = Object.entries(sources)
    .filter(([path, text]) => !path.endsWith('boundary.test.ts') && text.includes('@tauri-apps/'))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});
