/**
 * The Apps Script server: every function exported here is declared at top level in Code.js
 * (scripts/build-sheets.ts) — the custom functions, the menu, and the sidebar's server functions.
 */
export * from "./functions";
export * from "./menu";
export * from "./sidebar-server";
