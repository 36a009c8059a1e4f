/** The appraisal core: pure TypeScript shared by the custom functions, the task pane and the CLI. */
export * from "./cells";
export * from "./distribution";
export * from "./errors";
export * from "./kpi";
export * from "./kpi-step";
export * from "./messages";
export * from "./normalize";
export * from "./numeric";
export * from "./policy";
export * from "./scale";
export * from "./scoring";
