/** The preview's HyperFormula with the HR functions, fed with the built bundle and its metadata. */
import { type HrFunctionOptions, registerHrFunctions as register } from "../../preview/hyperformula-hr";
import { type FunctionMetadata, type LoadedBundle, readMetadata } from "./bundle";

export { type BlankCells, ENGINE_CONFIG, plainValue, valueAt } from "../../preview/hyperformula-hr";

/** Both ways Excel builds pass blank cells to custom functions: template tests run in each. */
export const BLANK_MODES = ["null", "zero"] as const;

export function registerHrFunctions(
  bundle: LoadedBundle,
  options: HrFunctionOptions = {},
  metadata: FunctionMetadata[] = readMetadata().functions,
) {
  return register(bundle.functions, metadata, options);
}
