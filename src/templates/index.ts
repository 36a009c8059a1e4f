/** Role templates: the schema, the catalog, user templates, the sheet plan and direct evaluation. */
export * from "./a1";
export * from "./catalog/index";
export * from "./column-width";
export * from "./evaluate";
export * from "./schema";
export * from "./sheet-plan";
export * from "./validate";
export { type Host, hrFunction } from "./formulas";
