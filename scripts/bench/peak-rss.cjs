// Preloaded into every measured process: writes its peak resident set size (KiB) and CPU time (µs) when it exits.
"use strict";
process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  require("node:fs").writeFileSync(process.env.ICR_RSS_FILE, `${maxRSS} ${userCPUTime + systemCPUTime}`);
});
