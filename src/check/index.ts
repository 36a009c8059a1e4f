/** The distribution and readiness check shared by the task pane and the CLI. */
export * from "./check";
export * from "./describe";
export * from "./policy-file";
export * from "./raters";
export * from "./readings";
export * from "./scale-file";
