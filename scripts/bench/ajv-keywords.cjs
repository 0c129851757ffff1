// ajv-cli's custom-keywords module (`-c`): declares the schemas' annotation keywords, as every strict ajv must
// (scripts/lib/ajv.ts; a .cjs because ajv-cli requires it).
module.exports = (ajv) => ajv.addKeyword({ keyword: "x-perSource", schemaType: "object" }).addKeyword({ keyword: "x-names", schemaType: ["boolean", "string"] });
