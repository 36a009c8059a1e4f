/**
 * The CustomFunctions global as the shared runtime provides it to dist/functions.js: associate()
 * collects the functions, Error carries the code and message Excel shows. Used where the real
 * runtime is absent: the tests' fresh JS context and the browser preview.
 */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

export function customFunctionsGlobal() {
  const functions = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => void functions.set(id, fn),
    Error: ExcelError,
  };
  return { functions, CustomFunctions };
}

/** What the metadata says of a function: enough to pass arguments as Excel does. */
export interface FunctionShape {
  id: string;
  parameters: { name: string; dimensionality?: string; optional?: boolean }[];
}
