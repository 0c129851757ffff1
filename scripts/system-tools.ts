// `tsx scripts/system-tools.ts [--check]`: the tools outside Node that the tests need — Chromium for the
// browser tests, Python 3 with jsonschema and pandas, R with jsonlite — found, and on Debian or Ubuntu the
// missing ones installed with apt-get (without recommended packages; through `sudo -n` when not root), as
// `playwright install-deps` does. Elsewhere, or when installing is not possible, it stops at once with exit 1
// and one line per missing tool: what it is, what needs it, the command that installs it. `--check` only
// reports. Exit 0 when every tool is there (then it prints one line).
import { spawn } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

export interface Tool {
  name: string;
  /** Which tests need it. */
  neededBy: string;
  /** There when this file is executable, or when one of these commands exits 0 (tried in order, as the tests do). */
  probe: { file: string } | { commands: string[][] };
  /** The Debian and Ubuntu packages that provide it. */
  apt: string[];
  /** The command that installs it elsewhere. */
  dnf: string;
  brew: string;
  /** For a Python module, on any system with pip. */
  pip?: string;
}

/**
 * A Python 3 that has the module: /usr/bin/python3, else python3 on PATH, as the tests look for one. Found,
 * not imported (pandas takes a second to import); a folder left behind by an uninstall is a namespace
 * package with no origin, not the module.
 */
const pythonWith = (module: string) => ["/usr/bin/python3", "python3"].map((python) => [python, "-c", `import importlib.util, sys; s = importlib.util.find_spec(${JSON.stringify(module)}); sys.exit(s is None or s.origin is None)`]);

export const TOOLS: readonly Tool[] = [
  {
    name: "Chromium at /usr/bin/chromium",
    neededBy: "the site's browser tests (test/browser/site.test.ts)",
    probe: { file: "/usr/bin/chromium" },
    // Without recommended packages Chromium still draws text: its libfontconfig1 depends on
    // fontconfig-config, which depends on a font (fonts-dejavu-core, the first of its alternatives).
    apt: ["chromium"],
    dnf: "sudo dnf install chromium (and link /usr/bin/chromium to /usr/bin/chromium-browser)",
    brew: "brew install --cask chromium (and link /usr/bin/chromium to its binary)",
  },
  {
    name: "Python 3 with jsonschema",
    neededBy: "the second JSON Schema implementation (test/data/python-agreement.test.ts)",
    probe: { commands: pythonWith("jsonschema") },
    apt: ["python3-jsonschema"],
    dnf: "sudo dnf install python3-jsonschema",
    brew: "brew install python && python3 -m pip install jsonschema",
    pip: "python3 -m pip install jsonschema",
  },
  {
    name: "Python 3 with pandas",
    neededBy: "the pandas recipe of docs/recipes.md (test/data/recipes.test.ts)",
    probe: { commands: pythonWith("pandas") },
    apt: ["python3-pandas"],
    dnf: "sudo dnf install python3-pandas",
    brew: "brew install python && python3 -m pip install pandas",
    pip: "python3 -m pip install pandas",
  },
  {
    name: "R (Rscript) with jsonlite",
    neededBy: "the R recipe of docs/recipes.md (test/data/recipes.test.ts)",
    probe: { commands: [["Rscript", "-e", "library(jsonlite)"]] },
    apt: ["r-base-core", "r-cran-jsonlite"],
    dnf: "sudo dnf install R-core R-jsonlite",
    brew: `brew install r && Rscript -e 'install.packages("jsonlite", repos = "https://cloud.r-project.org")'`,
  },
];

/** What the script needs of the machine: given to it, so that tests can stand in for the machine. */
export interface Machine {
  platform: NodeJS.Platform;
  /** The text of /etc/os-release; undefined where there is none. */
  osRelease: string | undefined;
  isRoot: boolean;
  /** Whether the tool is there. */
  has(tool: Tool): Promise<boolean>;
  /** Runs a command to its end, its output shown; its exit status (127 when it could not be started). */
  run(command: string, args: string[]): Promise<number>;
  /** A line for stdout, a line for stderr. */
  out(line: string): void;
  err(line: string): void;
}

/** The os-release fields that say which family a Linux belongs to (ID, and ID_LIKE's list). */
function families(osRelease: string | undefined): string[] {
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, "m").exec(osRelease ?? "")?.[1] ?? "";
  return [field("ID"), ...field("ID_LIKE").split(/\s+/)].filter(Boolean);
}

const isDebianLike = (machine: Machine) => machine.platform === "linux" && families(machine.osRelease).some((f) => f === "debian" || f === "ubuntu");

/** The command that installs a tool on this machine, when it is not Debian or Ubuntu. */
function commandFor(tool: Tool, machine: Machine): string {
  if (machine.platform === "darwin") return tool.brew;
  if (machine.platform === "linux" && families(machine.osRelease).some((f) => ["fedora", "rhel", "centos"].includes(f))) return tool.dnf;
  return tool.pip ?? `your system's package for it (on Debian: apt-get install ${tool.apt.join(" ")})`;
}

const lineFor = (tool: Tool, command: string) => `missing: ${tool.name}, needed by ${tool.neededBy}; install: ${command}`;

/** The tools that are not there; every probe runs at once. */
async function missingTools(machine: Machine, tools: readonly Tool[]): Promise<Tool[]> {
  const present = await Promise.all(tools.map((tool) => machine.has(tool)));
  return tools.filter((_, i) => !present[i]);
}

/** Finds the tools, installs what is missing where it can; the exit code. */
export async function ensureTools(machine: Machine, options: { install?: boolean } = {}): Promise<number> {
  const missing = await missingTools(machine, TOOLS);
  if (missing.length === 0) {
    machine.out(`system tools for the tests: all ${TOOLS.length} present`);
    return 0;
  }
  if (!isDebianLike(machine) || options.install === false) {
    for (const tool of missing) machine.err(lineFor(tool, isDebianLike(machine) ? `apt-get install --no-install-recommends ${tool.apt.join(" ")}` : commandFor(tool, machine)));
    return 1;
  }
  const packages = [...new Set(missing.flatMap((tool) => tool.apt))];
  const steps = [["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", ...packages]];
  const sudo = machine.isRoot ? [] : ["sudo"];
  const shown = steps.map((step) => [...sudo, ...step].join(" ")).join(" && ");
  const names = missing.map((tool) => tool.name).join(", ");
  if (!machine.isRoot) {
    // -n: never ask for a password; a test run must not wait for one.
    const status = await machine.run("sudo", ["-n", "true"]);
    if (status !== 0) {
      machine.err(`missing: ${names}. Installing them needs root, and ${status === 127 ? "sudo is not installed" : "sudo asks for a password"}: run\n  ${shown}`);
      return 1;
    }
  }
  machine.out(`installing ${packages.join(" ")} for ${names}: ${shown}`);
  for (const step of steps) {
    const [command, ...args] = [...(machine.isRoot ? [] : ["sudo", "-n", "--"]), "env", "DEBIAN_FRONTEND=noninteractive", ...step];
    const status = await machine.run(command!, args);
    if (status !== 0) {
      machine.err(`\`${step.join(" ")}\` failed (exit ${status}), so these are still missing: ${names}. Install them with\n  ${shown}`);
      return 1;
    }
  }
  const still = await missingTools(machine, missing);
  for (const tool of still) machine.err(`${lineFor(tool, `apt-get install ${tool.apt.join(" ")}`)} (installed, but still not found)`);
  return still.length ? 1 : 0;
}

/** This machine. */
export function thisMachine(): Machine {
  let osRelease: string | undefined;
  try {
    osRelease = readFileSync("/etc/os-release", "utf8");
  } catch {
    osRelease = undefined;
  }
  const exitStatus = (command: string, args: string[], shown: boolean) =>
    new Promise<number>((done) => {
      const child = spawn(command, args, { stdio: shown ? "inherit" : "ignore" });
      child.on("error", () => done(127));
      child.on("close", (code) => done(code ?? 1));
    });
  return {
    platform: process.platform,
    osRelease,
    isRoot: process.getuid?.() === 0,
    async has(tool) {
      if ("file" in tool.probe) {
        try {
          accessSync(tool.probe.file, constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }
      for (const [command, ...args] of tool.probe.commands) if ((await exitStatus(command!, args, false)) === 0) return true;
      return false;
    },
    run: (command, args) => exitStatus(command, args, true),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
}

if (process.argv[1]?.endsWith("system-tools.ts")) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  process.exitCode = await ensureTools(thisMachine(), { install: !values.check });
}
