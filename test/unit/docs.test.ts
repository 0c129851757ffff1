// Documentation that cannot drift: every exported function has TSDoc with an example.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/data-copy.js";

const entries = ["src/index.ts", "src/generated/schema/validate.ts", "src/zod.ts"];

describe("API documentation", () => {
  it("gives every exported function and value of every entry point TSDoc with an @example", () => {
    const program = ts.createProgram(entries.map((e) => join(repoRoot, e)), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    let seen = 0;
    for (const entry of entries) {
      const module = checker.getSymbolAtLocation(program.getSourceFile(join(repoRoot, entry))!)!;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) continue;
        const type = checker.getTypeOfSymbol(symbol);
        if (symbol.flags & ts.SymbolFlags.Variable && type.getCallSignatures().length === 0 && !/Schema$/.test(symbol.name)) continue; // data arrays and id lists
        seen++;
        if (!symbol.getJsDocTags(checker).some((t) => t.name === "example")) undocumented.push(`${entry}: ${exported.name}`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect(undocumented).toEqual([]);
  });

});
