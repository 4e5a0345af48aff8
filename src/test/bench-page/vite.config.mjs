// Builds the benchmark's plain OpenLayers page into target/bench-page (./atlas bench does this).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../target/bench-page', import.meta.url)),
    emptyOutDir: true,
  },
});
