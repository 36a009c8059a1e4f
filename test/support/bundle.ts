/**
 * Loads the built dist/functions.js the way the shared runtime does: in a fresh JS context whose
 * only globals are `CustomFunctions` and `Office`, collecting what it associates.
 */
import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import { type CustomFunction, ExcelError, customFunctionsGlobal } from "../../preview/custom-functions";

export const DIST = join(__dirname, "..", "..", "dist");

export { ExcelError, type CustomFunction };

export interface LoadedBundle {
  functions: Map<string, CustomFunction>;
  /** Names of the globals the bundle created or touched beyond the two it was given. */
  context: vm.Context;
}

export function loadFunctionsBundle(displayLanguage = "en-US"): LoadedBundle {
  const { functions, CustomFunctions } = customFunctionsGlobal();
  const context = vm.createContext({ CustomFunctions, Office: { context: { displayLanguage } } });
  vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return { functions, context };
}

/** Metadata as the build wrote it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string; dimensionality?: string; optional?: boolean }[];
  result: { type: string; dimensionality?: string };
}

export function readMetadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  return JSON.parse(readFileSync(join(DIST, file), "utf8"));
}

/** Calls a function and returns its result, or the ExcelError it throws. */
export function call(fn: CustomFunction, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
}
