// Preloaded into every measured process: writes its peak resident set size (KiB) when it exits.
"use strict";
process.on("exit", () => {
  require("node:fs").writeFileSync(process.env.ICR_RSS_FILE, String(process.resourceUsage().maxRSS));
});
