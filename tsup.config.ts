import { cpSync, readdirSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/**
 * The records are not bundled: each module format imports the same dist/data/<collection>.cjs, which
 * requires dist/data/<collection>.json, so the tarball holds the data once.
 */
const sharedData: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "shared-data",
  setup(build) {
    build.onResolve({ filter: /\/generated\/data\/[a-z]+\.cjs$/ }, (args) => ({
      path: `./data/${args.path.split("/").pop()}`,
      external: true,
    }));
  },
};

function copyData(): void {
  for (const file of readdirSync("src/generated/data")) {
    if (file.endsWith(".json") || file.endsWith(".cjs")) cpSync(`src/generated/data/${file}`, `dist/data/${file}`);
  }
}

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      articles: "src/articles.ts",
      people: "src/people.ts",
      organizations: "src/organizations.ts",
      agreements: "src/agreements.ts",
      places: "src/places.ts",
    },
    format: ["esm", "cjs"],
    target: "node20",
    dts: true,
    clean: true,
    splitting: true,
    sourcemap: false,
    removeNodeProtocol: false,
    esbuildPlugins: [sharedData],
    onSuccess: async () => copyData(),
  },
  {
    // The checker: ajv's standalone validators are bundled in, so it needs nothing at run time.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    dts: false,
    clean: false,
    splitting: false,
    removeNodeProtocol: false,
  },
]);
