import { cpSync, readdirSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { collectionNames } from "./src/shared/collections.js";

/**
 * The records are not bundled: each module format imports the same dist/data/<collection>.cjs, which
 * requires dist/data/<collection>.json, so the tarball holds the data once.
 */
const sharedData: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "shared-data",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/[a-z]+\.cjs$/ }, (args) => ({
      path: `./data/${args.path.split("/").pop()}`,
      external: true,
    }));
  },
};

function copyData(): void {
  for (const file of readdirSync("src/generated/records")) {
    if (file.endsWith(".json") || file.endsWith(".cjs")) cpSync(`src/generated/records/${file}`, `dist/data/${file}`);
  }
}

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(collectionNames.map((c) => [c, `src/generated/records/collections/${c}.ts`])),
      validate: "src/generated/schema/validate.ts",
      zod: "src/zod.ts",
    },
    // zod is an optional peer: the zod entry imports it, nothing else does.
    external: ["zod"],
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
