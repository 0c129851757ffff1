import { defineConfig } from "vitest/config";

// The tests in tiers, one folder each: `npm run test:quick` runs the first two; `npm test` runs them all.
//   unit     functions on invented inputs, in process
//   rules    each checker rule on copies of the invented fixture dataset (test/fixtures/dataset/)
//   data     the real data/: the check passes, and accessors, exports and recipes agree with the raw files
//   e2e      the command line, the build, the packed package, a contributor's pull request replayed
//   browser  the generated site in Chromium
// The fast tiers share one module cache across files (each file still gets fresh data copies): about
// three times faster, which is what keeps the quick loop quick.
const tier = (name: string) => ({
  extends: true as const,
  test: { name, include: [`test/${name}/**/*.test.ts`], isolate: !["unit", "rules"].includes(name) },
});

export default defineConfig({
  test: {
    globalSetup: ["test/helpers/build-once.ts"],
    // Tests that spawn the CLI or pack the package take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: ["unit", "rules", "data", "e2e", "browser"].map(tier),
  },
});
