/**
 * A real formula engine for the tests and the browser preview: HyperFormula (GPL-3.0, dev only)
 * with every function the built bundle associates registered as HR.<ID>, passing arguments the way
 * Excel does (ranges as 2-D arrays, omitted optionals as null, errors propagated), blank cells in
 * either of the two ways Excel builds pass them, and error messages only where Excel shows them.
 * The registration itself takes any host's conventions: test/support/sheets-engine.ts registers
 * the Google Sheets functions through it, without a namespace.
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

/** The engine's error type of each error code a function can return or name. */
export const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

type Ast = { args: unknown[] };
type State = unknown;
type EngineValue = unknown;

/**
 * How Excel hands blank cells to custom functions. "null": Excel on the web and current desktop
 * builds. "zero": desktop builds before Microsoft's 2024 fix, which pass a blank cell, alone or in
 * a range, as 0 (office-js #4702; #5262 for optional range arguments, January 2025).
 */
export type BlankCells = "null" | "zero";

/**
 * Which error messages reach the cell. "excel": only #VALUE! and #N/A carry one, as in Excel
 * (docs/excel/custom-functions-errors.md: "You can only return a custom error message with the
 * #VALUE! and #N/A errors"). "all": every message, as the browser preview shows them.
 */
export type ErrorMessages = "excel" | "all";

export interface HrFunctionOptions {
  blanks?: BlankCells;
  messages?: ErrorMessages;
}

const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

/** A cell value as Excel hands it to a custom function. */
function excelValue(value: EngineValue, blanks: BlankCells): unknown {
  if (value === EmptyValue) return blanks === "zero" ? 0 : null;
  if (value === undefined) return null;
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

function excelArgument(value: EngineValue, matrix: boolean, blanks: BlankCells): unknown {
  if (value instanceof SimpleRangeValue)
    return value.rawData().map((row) => row.map((cell) => excelValue(cell, blanks)));
  if (value === undefined) return null; // omitted optional argument
  return matrix ? [[excelValue(value, blanks)]] : excelValue(value, blanks);
}

function engineResult(result: unknown, messages: ErrorMessages): EngineValue {
  if (result instanceof ExcelError) {
    const shown = messages === "all" || MESSAGE_CODES.has(result.code);
    return new CellError(ERROR_TYPES[result.code], shown ? result.message : undefined);
  }
  if (Array.isArray(result))
    return SimpleRangeValue.onlyValues(
      result.map((row: unknown[]) => row.map((cell) => engineResult(cell, messages))) as never,
    );
  return result;
}

/** Spill sizes must be known before evaluation: the contract's shapes for each array function. */
const SPILL_SIZES: Partial<Record<string, (size: (argument: number) => ArraySize | undefined) => ArraySize>> = {
  GRADES: (size) => new ArraySize(1, size(0)?.height ?? 1),
  NORMALIZE: (size) => new ArraySize(1, size(0)?.height ?? 1),
  DISTRIBUTION: (size) => new ArraySize(7, 1 + (size(2)?.height ?? 4)),
};

/** What the engine needs of a function's parameters. */
export interface ParameterShape {
  dimensionality?: string;
  optional?: boolean;
}

/** A function by its id (GRADE…) and its parameters, as the metadata gives them. */
export interface EngineFunctionShape {
  id: string;
  parameters: readonly ParameterShape[];
}

/**
 * How a host passes values between cells and its custom functions: what Excel and Google Sheets
 * do differently. Both see an error in an argument propagate before the function runs.
 */
export interface HostConvention {
  /** The name formulas call a function by: HR.GRADE in Excel. */
  name(id: string): string;
  /** An argument as the host passes it, from the engine's value (undefined when omitted). */
  argument(value: EngineValue, parameter: ParameterShape): unknown;
  /** What the function returned, as the cell's value. */
  returned(result: unknown): EngineValue;
  /** What the function threw, as the cell's value. */
  thrown(error: unknown): EngineValue;
}

/** Registers a host's functions in HyperFormula; returns the function that unregisters them. */
export function registerFunctions(
  functions: ReadonlyMap<string, CustomFunction>,
  shapes: readonly EngineFunctionShape[],
  host: HostConvention,
) {
  class HostFunctions extends FunctionPlugin {}
  const implemented: Record<string, object> = {};
  const names: Record<string, string> = {};
  for (const fn of shapes) {
    const id = host.name(fn.id);
    const method = `run${fn.id}`;
    const implementation = functions.get(fn.id) as CustomFunction;
    const spill = SPILL_SIZES[fn.id];
    names[id] = id;
    implemented[id] = {
      method,
      // passSubtype: a typed number (a date, a percentage) reaches the host's argument() as such
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional,
        passSubtype: true,
      })),
      vectorizationForbidden: true,
      ...(spill ? { sizeOfResultArrayMethod: `${method}Size` } : {}),
    };
    Object.assign(HostFunctions.prototype, {
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
          const args = fn.parameters.map((p, i) => host.argument(values[i], p));
          try {
            return host.returned(implementation(...args));
          } catch (thrown) {
            return host.thrown(thrown);
          }
        });
      },
      [`${method}Size`](this: FunctionPlugin, ast: Ast, state: State) {
        const self = this as unknown as { arraySizeForAst: (ast: unknown, state: State) => ArraySize };
        return spill!((index) => (ast.args[index] ? self.arraySizeForAst(ast.args[index], state) : undefined));
      },
    });
  }
  (HostFunctions as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(HostFunctions, { enGB: names });
  return () => HyperFormula.unregisterFunctionPlugin(HostFunctions);
}

/** Registers the bundle's functions as HR.<ID>, passing values as Excel does; returns the function that unregisters them. */
export function registerHrFunctions(
  functions: ReadonlyMap<string, CustomFunction>,
  metadata: readonly FunctionShape[],
  { blanks = "null", messages = "excel" }: HrFunctionOptions = {},
) {
  return registerFunctions(functions, metadata, {
    name: (id) => `HR.${id}`,
    argument: (value, parameter) => excelArgument(value, parameter.dimensionality === "matrix", blanks),
    returned: (result) => engineResult(result, messages),
    thrown: (error) => engineResult(error, messages),
  });
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
