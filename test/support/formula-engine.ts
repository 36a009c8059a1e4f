/** The preview's HyperFormula with the HR functions, fed with the built bundle and its metadata. */
import { registerHrFunctions as register } from "../../preview/hyperformula-hr";
import { type FunctionMetadata, type LoadedBundle, readMetadata } from "./bundle";

export { ENGINE_CONFIG, plainValue, valueAt } from "../../preview/hyperformula-hr";

export function registerHrFunctions(bundle: LoadedBundle, metadata: FunctionMetadata[] = readMetadata().functions) {
  return register(bundle.functions, metadata);
}
