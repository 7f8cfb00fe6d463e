import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // a reader that throws fails its test instead of becoming a document's warning (src/extract/index.ts guarded)
    env: { GONGWEN_STRICT_EXTRACT: '1' },
  },
});
