// scripts/system-tools.ts on stand-in machines: what it installs, with which command, and what it says
// when it cannot. Nothing here touches this machine but the probe tests at the end, which only look.
import { describe, expect, it } from "vitest";
import { ensureTools, thisMachine, TOOLS, type Machine, type Tool } from "../../scripts/system-tools.js";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/**
 * A machine where the tools named in `missing` are absent until an `apt-get install` of their packages
 * succeeds; `statuses` gives the exit status of commands by their first words (0 otherwise).
 */
function machine(options: { missing?: string[]; osRelease?: string; platform?: NodeJS.Platform; isRoot?: boolean; statuses?: Record<string, number> } = {}) {
  const absent = new Set(options.missing ?? []);
  const ran: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  let probing = 0;
  let probesAtOnce = 0;
  const fake: Machine = {
    platform: options.platform ?? "linux",
    osRelease: options.osRelease ?? DEBIAN,
    isRoot: options.isRoot ?? true,
    async has(tool: Tool) {
      probesAtOnce = Math.max(probesAtOnce, ++probing);
      await new Promise((resolve) => setImmediate(resolve));
      probing--;
      return !absent.has(tool.name);
    },
    async run(command, args) {
      const line = [command, ...args].join(" ");
      ran.push(line);
      const status = Object.entries(options.statuses ?? {}).find(([start]) => line.startsWith(start))?.[1] ?? 0;
      const install = args.indexOf("install");
      if (status === 0 && install !== -1) for (const tool of TOOLS) if (tool.apt.every((p) => args.slice(install).includes(p))) absent.delete(tool.name);
      return status;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { fake, ran, out, err, probesAtOnce: () => probesAtOnce };
}

const [chromium, jsonschema, pandas, r] = TOOLS as [Tool, Tool, Tool, Tool];

describe("system tools for the tests", () => {
  it("all present: installs nothing, runs nothing, prints one line", async () => {
    const m = machine();
    expect(await ensureTools(m.fake)).toBe(0);
    expect(m.ran).toEqual([]);
    expect(m.out).toEqual(["system tools for the tests: all 4 present"]);
    expect(m.err).toEqual([]);
  });

  it("missing on Debian, as root: apt-get update, then the exact install, without recommended packages", async () => {
    const m = machine({ missing: [chromium.name, r.name] });
    expect(await ensureTools(m.fake)).toBe(0);
    expect(m.ran).toEqual([
      "env DEBIAN_FRONTEND=noninteractive apt-get update",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium r-base-core r-cran-jsonlite",
    ]);
    expect(m.err).toEqual([]);
  });

  it("missing on Ubuntu (ID_LIKE=debian), not root: through sudo, which must not ask for a password", async () => {
    const m = machine({ missing: [pandas.name], osRelease: UBUNTU, isRoot: false });
    expect(await ensureTools(m.fake)).toBe(0);
    expect(m.ran).toEqual([
      "sudo -n true",
      "sudo -n -- env DEBIAN_FRONTEND=noninteractive apt-get update",
      "sudo -n -- env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-pandas",
    ]);
  });

  it("not root, and sudo wants a password (or is not there): says so, prints the command, installs nothing", async () => {
    const m = machine({ missing: [jsonschema.name], isRoot: false, statuses: { "sudo -n true": 1 } });
    expect(await ensureTools(m.fake)).toBe(1);
    expect(m.ran).toEqual(["sudo -n true"]);
    expect(m.err.join("\n")).toBe(`missing: ${jsonschema.name}. Installing them needs root, and sudo asks for a password: run\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends python3-jsonschema`);
    const noSudo = machine({ missing: [jsonschema.name], isRoot: false, statuses: { "sudo -n true": 127 } });
    expect(await ensureTools(noSudo.fake)).toBe(1);
    expect(noSudo.err.join("\n")).toContain("sudo is not installed");
  });

  it("not Debian: exit 1 and one line per missing tool, naming it, what needs it and its install command, without running anything", async () => {
    const m = machine({ missing: [chromium.name, pandas.name, r.name], osRelease: FEDORA });
    expect(await ensureTools(m.fake)).toBe(1);
    expect(m.ran).toEqual([]);
    expect(m.err).toEqual([
      `missing: Chromium at /usr/bin/chromium, needed by the site's browser tests (test/browser/site.test.ts); install: ${chromium.dnf}`,
      "missing: Python 3 with pandas, needed by the pandas recipe of docs/recipes.md (test/data/recipes.test.ts); install: sudo dnf install python3-pandas",
      "missing: R (Rscript) with jsonlite, needed by the R recipe of docs/recipes.md (test/data/recipes.test.ts); install: sudo dnf install R-core R-jsonlite",
    ]);
    // What keeps it within its first second: the probes run at once, and nothing is run after them.
    expect(m.probesAtOnce()).toBe(TOOLS.length);
    const mac = machine({ missing: [jsonschema.name], platform: "darwin", osRelease: undefined });
    expect(await ensureTools(mac.fake)).toBe(1);
    expect(mac.err).toEqual([`missing: Python 3 with jsonschema, needed by the second JSON Schema implementation (test/data/python-agreement.test.ts); install: ${jsonschema.brew}`]);
    const other = machine({ missing: [jsonschema.name, r.name], osRelease: 'ID=arch\n' });
    expect(await ensureTools(other.fake)).toBe(1);
    expect(other.err.map((line) => line.split("; install: ")[1])).toEqual(["python3 -m pip install jsonschema", "your system's package for it (on Debian: apt-get install r-base-core r-cran-jsonlite)"]);
  });

  it("--check on Debian reports the apt command and installs nothing", async () => {
    const m = machine({ missing: [r.name] });
    expect(await ensureTools(m.fake, { install: false })).toBe(1);
    expect(m.ran).toEqual([]);
    expect(m.err).toEqual([`missing: R (Rscript) with jsonlite, needed by the R recipe of docs/recipes.md (test/data/recipes.test.ts); install: apt-get install --no-install-recommends r-base-core r-cran-jsonlite`]);
  });

  it("an install that fails says which step failed, what is still missing and how to install it by hand", async () => {
    const m = machine({ missing: [chromium.name], statuses: { "env DEBIAN_FRONTEND=noninteractive apt-get install": 100 } });
    expect(await ensureTools(m.fake)).toBe(1);
    expect(m.err).toEqual([`\`apt-get install -y --no-install-recommends chromium\` failed (exit 100), so these are still missing: ${chromium.name}. Install them with\n  apt-get update && apt-get install -y --no-install-recommends chromium`]);
    const updateFails = machine({ missing: [chromium.name], statuses: { "env DEBIAN_FRONTEND=noninteractive apt-get update": 100 } });
    expect(await ensureTools(updateFails.fake)).toBe(1);
    expect(updateFails.ran).toHaveLength(1);
  });

  it("a package that installs but does not provide the tool is reported, not taken as done", async () => {
    const m = machine({ missing: [pandas.name] });
    // The stand-in's install succeeds but provides nothing.
    m.fake.run = async (command, args) => {
      m.ran.push([command, ...args].join(" "));
      return 0;
    };
    expect(await ensureTools(m.fake)).toBe(1);
    expect(m.err).toEqual([`missing: Python 3 with pandas, needed by the pandas recipe of docs/recipes.md (test/data/recipes.test.ts); install: apt-get install python3-pandas (installed, but still not found)`]);
  });
});

describe("this machine's probes (they only look)", () => {
  const real = thisMachine();
  const tool = (probe: Tool["probe"]): Tool => ({ ...TOOLS[0]!, probe });

  it("an executable file is there; a missing file, or a command that fails or cannot start, is not", async () => {
    expect(await real.has(tool({ file: process.execPath }))).toBe(true);
    expect(await real.has(tool({ file: "/nonexistent/chromium" }))).toBe(false);
    expect(await real.has(tool({ commands: [["/nonexistent/python3"], [process.execPath, "-e", "process.exit(3)"]] }))).toBe(false);
    expect(await real.has(tool({ commands: [["/nonexistent/python3"], [process.execPath, "-e", "0"]] }))).toBe(true);
  });
});
