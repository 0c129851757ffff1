import { cpSync, readdirSync, rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { collectionNames } from "./src/shared/collections.js";

/**
 * What the ESM and CommonJS builds share instead of each bundling its own copy: the records (each format
 * imports the same dist/data/<collection>.cjs, which requires dist/data/<collection>.json) and the
 * precompiled validators (dist/validators.cjs, built once, minified, by the third build below).
 */
const shared: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "shared-data-and-validators",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/[a-z]+\.cjs$/ }, (args) => ({ path: `./data/${args.path.split("/").pop()}`, external: true }));
    build.onResolve({ filter: /\/generated\/schema\/validators\.cjs$/ }, (args) =>
      // The validators' own build bundles them; every other build refers to its output.
      args.kind === "entry-point" ? undefined : { path: "./validators.cjs", external: true },
    );
  },
};

function copyData(): void {
  for (const file of readdirSync("src/generated/records")) {
    if (file.endsWith(".json") || file.endsWith(".cjs")) cpSync(`src/generated/records/${file}`, `dist/data/${file}`);
  }
}

// The three builds run at the same time, so none cleans dist/ (one could delete another's output): it is
// emptied here, once, when the configuration is loaded.
rmSync("dist", { recursive: true, force: true });

const library = {
  index: "src/index.ts",
  ...Object.fromEntries(collectionNames.map((c) => [c, `src/generated/records/collections/${c}.ts`])),
  validate: "src/generated/schema/validate.ts",
  zod: "src/zod.ts",
};

const common: Options = {
  // zod is an optional peer: the zod entry imports it, nothing else does.
  external: ["zod"],
  target: "es2023",
  splitting: true,
  sourcemap: false,
  removeNodeProtocol: false,
  clean: false,
  esbuildPlugins: [shared],
};

export default defineConfig([
  {
    // ESM, and the checker's command line with it: cli.js shares the chunks the library entries ship
    // (schema lookup, explanations, the bundled schema) instead of bundling copies of them.
    ...common,
    entry: { ...library, cli: "src/cli.ts" },
    format: ["esm"],
    dts: { entry: library },
    onSuccess: async () => copyData(),
  },
  {
    ...common,
    entry: library,
    format: ["cjs"],
    dts: { entry: library },
  },
  {
    // The ajv standalone validators (with the one ajv runtime helper they require), once for both formats.
    entry: { validators: "src/generated/schema/validators.cjs" },
    format: ["cjs"],
    target: "es2023",
    minify: true,
    dts: false,
    clean: false,
    sourcemap: false,
    esbuildPlugins: [shared],
  },
]);
