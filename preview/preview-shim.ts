/** Runs before functions.js: the CustomFunctions global that collects the HR functions. */
import { customFunctionsGlobal } from "./custom-functions";

const { functions, CustomFunctions } = customFunctionsGlobal();
Object.assign(window, { CustomFunctions, hrFunctions: functions });
