/** The distribution and readiness check shared by the task pane and the CLI. */
export * from "./check";
export * from "./describe";
export * from "./detect";
export * from "./policy-file";
