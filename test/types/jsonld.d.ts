// The part of jsonld 9's API the tests use (the package ships no types).
declare module "jsonld" {
  type DocumentLoader = (url: string) => Promise<{ document: unknown; documentUrl: string; contextUrl?: string }>;
  interface Options {
    documentLoader?: DocumentLoader;
    format?: "application/n-quads";
    safe?: boolean;
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<unknown[]>;
    toRDF(input: unknown, options: Options & { format: "application/n-quads" }): Promise<string>;
  };
  export default jsonld;
}
