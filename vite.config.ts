/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin.ts';
import { embedScriptPlugin } from './build/embed-script-plugin.ts';

export default defineConfig({
  // Relative asset paths so the build works from any static host, including a sub-path.
  base: './',
  plugins: [react(), cspPlugin(), embedScriptPlugin()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'build/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    restoreMocks: true,
    // The app tests render the whole page in jsdom: on a busy two-core machine one can pass 5 s.
    testTimeout: 20_000,
  },
});
