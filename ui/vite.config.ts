import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// The app is served by Tauri's custom protocol; the dev server is only for `tauri dev`.
export default defineConfig({
  plugins: [
    svelte({
      // Compiler warnings (accessibility ones above all) fail the build instead of scrolling past.
      onwarn(warning) {
        const where = warning.filename ? `${warning.filename}:${warning.start?.line ?? '?'}` : 'svelte';
        throw new Error(`${where}: ${warning.code}: ${warning.message}`);
      },
    }),
    svelteTesting(),
  ],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: 'safari16', outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.ts'],
  },
});
