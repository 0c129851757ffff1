// Makes generated declarations deeply read-only: every property and index signature `readonly`, every
// array and tuple `readonly`. The records are shared by every importer of the package, so a type that lets
// `getPerson(id).name = "x"` compile invites changing everyone's data. json-schema-to-typescript has no such
// option; the TypeScript compiler's own transformer does it on the syntax tree, keeping the doc comments.
import ts from "typescript";

const readonlyModifier = (modifiers: readonly ts.ModifierLike[] | undefined) =>
  modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ? modifiers : [ts.factory.createModifier(ts.SyntaxKind.ReadonlyKeyword), ...(modifiers ?? [])];

const makeReadonly: ts.TransformerFactory<ts.SourceFile> = (context) => {
  const { factory } = context;
  const visit = (node: ts.Node): ts.Node => {
    const visited = ts.visitEachChild(node, visit, context);
    if (ts.isPropertySignature(visited)) return factory.updatePropertySignature(visited, readonlyModifier(visited.modifiers) as ts.Modifier[], visited.name, visited.questionToken, visited.type);
    if (ts.isIndexSignatureDeclaration(visited)) return factory.updateIndexSignature(visited, readonlyModifier(visited.modifiers), visited.parameters, visited.type);
    if (ts.isArrayTypeNode(visited) || ts.isTupleTypeNode(visited)) {
      // The rest of a tuple (`[T, ...T[]]`) takes the tuple's own `readonly`.
      const parent = node.parent;
      const readonlyAlready = (parent && ts.isTypeOperatorNode(parent) && parent.operator === ts.SyntaxKind.ReadonlyKeyword) || (parent && ts.isRestTypeNode(parent));
      return readonlyAlready ? visited : factory.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, visited);
    }
    return visited;
  };
  return (file) => ts.visitEachChild(file, visit, context);
};

/** The declarations of a TypeScript source with every property, index signature, array and tuple read-only. */
export function deeplyReadonly(source: string): string {
  const file = ts.createSourceFile("types.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [transformed] = ts.transform(file, [makeReadonly]).transformed;
  return ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(transformed!);
}
