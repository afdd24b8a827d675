import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      backprop: fileURLToPath(new URL('./src/backprop/index.ts', import.meta.url)),
      '@components': fileURLToPath(new URL('./components', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'components/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'e2e'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
