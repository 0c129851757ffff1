// `npm run site [-- --diagnostics] [-- --data DIR] [-- --out DIR]`: the evidence explorer (scripts/site/).
import { main } from "./site/main.js";

process.exitCode = main(process.argv.slice(2));
