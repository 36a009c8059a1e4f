/**
 * A real formula engine for the tests and the browser preview: HyperFormula (GPL-3.0, dev only)
 * with every function the built bundle associates registered as HR.<ID>, passing arguments the way
 * Excel does (ranges as 2-D arrays, omitted optionals and blank cells as null, errors propagated).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { type CustomFunction, ExcelError, type FunctionShape } from "./custom-functions";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

type Ast = { args: unknown[] };
type State = unknown;
type EngineValue = unknown;

/** A cell value as Excel hands it to a custom function. */
function excelValue(value: EngineValue): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: number }).val; // typed numbers (%, dates)
  return value;
}

function firstError(value: EngineValue): CellError | undefined {
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) {
    for (const row of value.rawData()) for (const cell of row) if (cell instanceof CellError) return cell;
  }
  return undefined;
}

function excelArgument(value: EngineValue, matrix: boolean): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelValue));
  if (value === undefined) return null; // omitted optional argument
  return matrix ? [[excelValue(value)]] : excelValue(value);
}

function engineResult(result: unknown): EngineValue {
  if (result instanceof ExcelError) return new CellError(ERROR_TYPES[result.code], result.message);
  if (Array.isArray(result))
    return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(engineResult)) as never);
  return result;
}

/** Spill sizes must be known before evaluation: the contract's shapes for each array function. */
const SPILL_SIZES: Partial<Record<string, (size: (argument: number) => ArraySize | undefined) => ArraySize>> = {
  GRADES: (size) => new ArraySize(1, size(0)?.height ?? 1),
  NORMALIZE: (size) => new ArraySize(1, size(0)?.height ?? 1),
  DISTRIBUTION: (size) => new ArraySize(7, 1 + (size(2)?.height ?? 4)),
};

/** Registers the bundle's functions in HyperFormula; returns the function that unregisters them. */
export function registerHrFunctions(
  functions: ReadonlyMap<string, CustomFunction>,
  metadata: readonly FunctionShape[],
) {
  class HrFunctions extends FunctionPlugin {}
  const implemented: Record<string, object> = {};
  const names: Record<string, string> = {};
  for (const fn of metadata) {
    const id = `HR.${fn.id}`;
    const method = `run${fn.id}`;
    const implementation = functions.get(fn.id) as CustomFunction;
    const spill = SPILL_SIZES[fn.id];
    names[id] = id;
    implemented[id] = {
      method,
      parameters: fn.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
      vectorizationForbidden: true,
      ...(spill ? { sizeOfResultArrayMethod: `${method}Size` } : {}),
    };
    Object.assign(HrFunctions.prototype, {
      [method](this: FunctionPlugin, ast: Ast, state: State) {
        const self = this as unknown as {
          runFunction: (
            args: unknown[],
            state: State,
            meta: object,
            impl: (...a: EngineValue[]) => EngineValue,
          ) => EngineValue;
          metadata: (id: string) => object;
        };
        return self.runFunction(ast.args, state, self.metadata(id), (...values: EngineValue[]) => {
          const error = values.map(firstError).find(Boolean);
          if (error) return error;
          const args = fn.parameters.map((p, i) => excelArgument(values[i], p.dimensionality === "matrix"));
          try {
            return engineResult(implementation(...args));
          } catch (thrown) {
            return engineResult(thrown);
          }
        });
      },
      [`${method}Size`](this: FunctionPlugin, ast: Ast, state: State) {
        const self = this as unknown as { arraySizeForAst: (ast: unknown, state: State) => ArraySize };
        return spill!((index) => (ast.args[index] ? self.arraySizeForAst(ast.args[index], state) : undefined));
      },
    });
  }
  (HrFunctions as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(HrFunctions, { enGB: names });
  return () => HyperFormula.unregisterFunctionPlugin(HrFunctions);
}

/** Like Excel 365: array arithmetic in every formula (SUMPRODUCT(--(B2:F2=""))). */
export const ENGINE_CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true } as const;

/** A cell value as a plain JS value, or { error, message } for an error cell. */
export function plainValue(value: unknown) {
  if (value !== null && typeof value === "object" && "type" in value) {
    const error = value as unknown as { value: string; message: string };
    return { error: error.value, message: error.message };
  }
  return value;
}

/** The value of a cell given as "Sheet!A1" (or "A1" on the first sheet). */
export function valueAt(engine: HyperFormula, address: string) {
  const cell = engine.simpleCellAddressFromString(address, 0);
  if (!cell) throw new Error(`bad address ${address}`);
  return plainValue(engine.getCellValue(cell));
}
