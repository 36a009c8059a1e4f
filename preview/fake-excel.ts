/**
 * An in-memory stand-in for the part of the Excel JavaScript API the gateway uses, strict where
 * Excel is: commands queue until context.sync(), loaded properties appear only after it, a failing
 * command stops its batch with the commands before it still applied, syncs are counted, requests
 * and replies are measured in UTF-8 bytes and refused over Excel on the web's 5 MB, and every write
 * is recorded with its sheet. Formulas are computed by a pluggable engine: the tests store contents
 * as they are; the browser preview computes them with HyperFormula and the HR functions.
 *
 * Each behaviour cites where it is documented; `docs/` means the office-js-docs-pr repository
 * (learn.microsoft.com/office/dev/add-ins), "typings" the Excel API reference in @types/office-js.
 */
import { type Content, block, parseCell } from "../src/templates";

/** What a cell holds: a number, a boolean, text, or a formula (text starting with "="). */
export type Stored = Content | boolean;

/** Computes cell values; `value` returns { error } for an error cell. */
export interface CellEngine {
  addSheet(sheet: string): void;
  removeSheet(sheet: string): void;
  renameSheet(sheet: string, name: string): void;
  /** `text`: the content is text even when it starts with "=" (a cell formatted as text). */
  setContent(sheet: string, row: number, column: number, content: Stored, text?: boolean): void;
  addName(sheet: string, name: string, address: string): void;
  content(sheet: string, row: number, column: number): Stored;
  value(sheet: string, row: number, column: number): unknown;
  /** Occupied area: the number of rows and columns up to the last content. */
  extent(sheet: string): { rows: number; columns: number };
}

/** Contents kept as they are: a formula's "value" is its text. Enough for the gateway tests. */
export class StoredEngine implements CellEngine {
  private readonly sheets = new Map<string, Map<string, Stored>>();
  addSheet(sheet: string) {
    this.sheets.set(sheet, new Map());
  }
  removeSheet(sheet: string) {
    this.sheets.delete(sheet);
  }
  renameSheet(sheet: string, name: string) {
    const cells = this.sheets.get(sheet)!;
    this.sheets.delete(sheet);
    this.sheets.set(name, cells);
  }
  setContent(sheet: string, row: number, column: number, content: Stored) {
    const cells = this.sheets.get(sheet)!;
    if (content === null || content === "") cells.delete(`${row},${column}`);
    else cells.set(`${row},${column}`, content);
  }
  addName() {}
  content(sheet: string, row: number, column: number): Stored {
    return this.sheets.get(sheet)?.get(`${row},${column}`) ?? null;
  }
  value(sheet: string, row: number, column: number): unknown {
    return this.content(sheet, row, column);
  }
  extent(sheet: string) {
    let rows = 0;
    let columns = 0;
    for (const key of this.sheets.get(sheet)?.keys() ?? []) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }
}

/** What the fake records of each write: which sheet, what kind, where. */
export interface WriteRecord {
  sheet: string;
  kind: string;
  address: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface TableModel {
  name: string;
  /** Header row, body and (when showTotals) the totals row. */
  address: string;
  style: string;
  showTotals: boolean;
}

export interface SheetModel {
  /** Stable across renames, as Worksheet.id is. */
  id: string;
  name: string;
  visibility: Visibility;
  /** Sheet-scoped names → absolute address on this sheet, or "#REF!" once its cells were deleted. */
  names: Map<string, string>;
  tables: TableModel[];
  numberFormats: Map<string, string>;
  validations: { address: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionalFormats: {
    address: string;
    custom: { rule: { formula: string }; format: Record<string, Record<string, unknown>> };
  }[];
  formats: { address: string; format: Record<string, unknown> }[];
  merges: string[];
  frozen?: string;
}

/** Excel's error for a failed command: `code` is one of Excel.ErrorCodes (docs/testing/application-specific-api-error-handling.md). */
export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/** Shifts the relative row references of a formula by `rows` (what copying a formula down does). */
export function shiftFormula(formula: string, rows: number): string {
  return outsideStrings(formula, (part) =>
    part.replace(
      /(^|[^A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
      (match, before, column, dollar, row) => (dollar ? match : `${before}${column}${Number(row) + rows}`),
    ),
  );
}

const outsideStrings = (formula: string, edit: (part: string) => string) =>
  formula
    .split('"')
    .map((part, index) => (index % 2 ? part : edit(part)))
    .join('"');

/** The defined names a formula refers to: identifiers that are not functions, cells or booleans. */
export function namesIn(formula: string): string[] {
  const found: string[] = [];
  outsideStrings(formula, (part) => {
    for (const match of part.matchAll(/(?<![A-Za-z0-9_.$!'\\])([A-Za-z_\\][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g)) {
      const word = match[1];
      if (!/^\$?[A-Z]{1,3}\$?\d+$/i.test(word) && !/^(TRUE|FALSE)$/i.test(word)) found.push(word);
    }
    return part;
  });
  return found;
}

/**
 * Why Excel refuses a sheet name, or undefined: at most 31 characters, none of : \ / ? * [ ],
 * not blank, no apostrophe at either end, not the reserved "History" (Microsoft Support, "Rename
 * a worksheet"). A lone surrogate (half of an emoji cut by a truncation) is not text at all.
 */
export function sheetNameProblem(name: string): string | undefined {
  if (!name.trim()) return "is blank";
  if (name.length > 31) return `has ${name.length} characters (at most 31)`;
  if (/[:\\/?*[\]]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name))
    return "has half a character";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  return undefined;
}

/**
 * Why Excel refuses a defined or table name: a letter, _ or \ first, then letters, digits, _ and
 * periods; no spaces; not a cell reference (A1 or R1C1); at most 255 characters (Microsoft
 * Support, "Define and use names in formulas"; ECMA-376 §18.2.5).
 */
export function definedNameProblem(name: string): string | undefined {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "must start with a letter or _ and hold no spaces";
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name)) return "is a cell reference";
  if (name.length > 255) return "is longer than 255 characters";
  return undefined;
}

const DAY_MS = 86_400_000;
/** Excel's serial for a date: days since 1899-12-30 (the 1900 date system, past March 1900). */
const dateSerial = (year: number, month: number, day: number) =>
  (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS;

/**
 * A string written through `values` or `formulas` (or typed) as Excel stores it, unless the cell
 * is formatted as text ("@"): a number (leading zeros dropped, "1,250", "85%"), a date ("2026-11"
 * is 1 November 2026, ISO dates), TRUE/FALSE, a formula for text starting with "=", "+" or "-"
 * (typings, Range.values: "If the returned value starts with a plus, minus, or equal sign, Excel
 * interprets this value as a formula"; Microsoft Support, "Keeping leading zeros and large
 * numbers"), otherwise text. `numberFormat` is the format Excel picks for what it recognised.
 */
export function excelInput(text: string): { content: Stored; numberFormat?: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { content: null };
  if (trimmed.startsWith("=")) return { content: text };
  const number = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?(%?)$/.exec(trimmed);
  if (number && /\d/.test(number[2] + (number[3] ?? ""))) {
    const value = Number(`${number[1]}${number[2].replace(/,/g, "")}${number[3] ?? ""}e${number[4] ?? 0}`);
    if (number[5]) return { content: value / 100, numberFormat: number[3] ? "0.00%" : "0%" };
    return { content: value, numberFormat: number[2].includes(",") ? "#,##0" : undefined };
  }
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [0, 0, 0];
  if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) {
    return { content: dateSerial(year, month, day), numberFormat: iso && !iso[3] ? "mmm-yy" : "m/d/yyyy" };
  }
  if (/^(true|false)$/i.test(trimmed)) return { content: trimmed.toUpperCase() === "TRUE" };
  if (trimmed.startsWith("+") || trimmed.startsWith("-")) return { content: `=${trimmed}` };
  return { content: text };
}

/**
 * A number as Excel shows it in the formats the plans use: sections, fixed (0) and optional (#)
 * decimals, %, thousands separators, text (@). Enough to see what a user sees, e.g. that 0.##%
 * shows 100% as "100.%".
 */
export function displayNumber(value: number, format = "General"): string {
  const sections = format.split(";");
  const section = (value < 0 && sections[1]) || sections[0];
  if (section === "General" || section === "@") return String(Number(value.toPrecision(11)));
  const match = /^([#,0]*)(?:\.([0#]*))?(%?)$/.exec(section);
  if (!match) return String(value);
  const [, whole, decimals = "", percent] = match;
  const scaled = Math.abs(value) * (percent ? 100 : 1);
  const fixed = scaled.toFixed(decimals.length);
  let [integer, fraction = ""] = fixed.split(".");
  const required = decimals.replace(/#/g, "").length;
  while (fraction.length > required && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  if (whole.replace(/[#,]/g, "") === "" && integer === "0") integer = "";
  if (whole.includes(",")) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const point = section.includes(".") ? "." : "";
  const sign = value < 0 && !sections[1] ? "-" : "";
  return `${sign}${integer}${point}${fraction}${percent}`;
}

const utf8 = new TextEncoder();
/** Bytes of a JSON payload as it crosses the wire. */
const bytesOf = (payload: unknown) => utf8.encode(JSON.stringify(payload) ?? "").length;
/** Each queued command costs its own JSON (object path, method, ids) besides its data; an estimate. */
const COMMAND_BYTES = 64;

type Op = () => void;
type Load = () => number | void;

let nextId = 1;

export class FakeExcel {
  syncs = 0;
  readonly writes: WriteRecord[] = [];
  /** Bytes of loaded values returned per sync: what would cross the wire. */
  readonly responseBytes: number[] = [];
  readonly requestBytes: number[] = [];
  readonly sheets: SheetModel[] = [];
  /** Workbook-scoped names → "Sheet!$A$1" style reference, or "#REF!". */
  readonly names = new Map<string, string>();
  active = "";
  selection: { sheet: string; address: string } | null = null;
  /**
   * Excel on the web refuses a request or a reply over 5 MB with RequestPayloadSizeLimitExceeded /
   * ResponsePayloadSizeLimitExceeded (docs/concepts/resource-limits-and-performance-optimization.md,
   * docs/testing/application-specific-api-error-handling.md). Read as 5,000,000 bytes: stricter.
   * Desktop has no such limit; the stand-in behaves as the web unless told otherwise.
   */
  payloadLimit: number | null = 5_000_000;
  /** Makes the n-th sync fail after applying half of its commands. */
  failAtSync?: number;
  /** Makes activate() and select() fail, as any command can (injected by the test). */
  failFocus = false;
  /** Runs before the n-th sync: what a co-author does between two round trips. */
  beforeSync?: (sync: number) => void;
  /**
   * While a recalculation runs, application.calculationState reads "Calculating" (or "Pending")
   * and custom-function cells read #BUSY! (docs/excel/custom-functions-troubleshooting.md); it
   * ends after `syncs` more syncs.
   */
  calculation: { state: "Calculating" | "Pending"; syncs: number } | null = null;
  /** False: the custom functions are not registered (yet), their cells read #NAME? (same page). */
  functionsRegistered = true;
  /** The add-in's namespace: formulas calling it are custom-function cells. */
  readonly functionNamespace = "HR.";
  /** Formulas written before a name they use was defined: Excel binds them to whatever the name meant then. */
  readonly namesUsedBeforeDefined: { sheet: string; address: string; name: string }[] = [];
  /** Grows with every change: the preview's grid re-renders on it. */
  version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly engine: CellEngine = new StoredEngine()) {}

  addSheet(name: string, visibility: Visibility = "Visible") {
    const problem = sheetNameProblem(name);
    if (problem) throw excelError("InvalidArgument", `The sheet name “${name}” ${problem}.`);
    if (this.findSheet(name)) throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    this.engine.addSheet(name);
    const model: SheetModel = {
      id: `{00000000-0001-0000-0000-${String(nextId++).padStart(12, "0")}}`,
      name,
      visibility,
      names: new Map(),
      tables: [],
      numberFormats: new Map(),
      validations: [],
      conditionalFormats: [],
      formats: [],
      merges: [],
    };
    this.sheets.push(model);
    if (!this.active && visibility === "Visible") this.active = name;
    return model;
  }

  /** A sheet by name (case-insensitive, as Excel compares sheet names) or by id. */
  findSheet(key: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === key || sheet.name.toLowerCase() === key.toLowerCase());
  }

  sheet(key: string) {
    const found = this.findSheet(key);
    if (!found) throw excelError("ItemNotFound", `The requested resource doesn't exist: ${key}`);
    return found;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  changed() {
    this.version++;
    this.listeners.forEach((listener) => listener());
  }

  /** Writes contents directly, as a user typing would: strings are read as Excel reads typing. */
  type(sheet: string, address: string, contents: Content[][]) {
    const model = this.sheet(sheet);
    const { row, column } = parseCell(address);
    contents.forEach((cells, r) =>
      cells.forEach((content, c) => this.store(model, row + r, column + c, content ?? "")),
    );
    this.changed();
  }

  /** Stores one written value as Excel does: text parsed unless the cell is formatted as text. */
  store(model: SheetModel, row: number, column: number, written: unknown) {
    const key = `${row},${column}`;
    const format = model.numberFormats.get(key);
    if (typeof written !== "string") return this.engine.setContent(model.name, row, column, written as Stored);
    if (format === "@") return this.engine.setContent(model.name, row, column, written === "" ? null : written, true);
    const { content, numberFormat } = excelInput(written);
    if (numberFormat && (!format || format === "General")) model.numberFormats.set(key, numberFormat);
    this.engine.setContent(model.name, row, column, content);
  }

  /** Activates a sheet and selects a cell, as a user clicking would. */
  select(sheet: string, address: string) {
    this.active = sheet;
    this.selection = { sheet, address };
    this.changed();
  }

  /** Hides a sheet, as a user (Hidden) or a macro (VeryHidden) does. */
  hide(sheet: string, visibility: Exclude<Visibility, "Visible"> = "Hidden") {
    this.sheet(sheet).visibility = visibility;
    if (this.active === this.sheet(sheet).name) this.active = this.sheets.find((s) => s.visibility === "Visible")!.name;
    this.changed();
  }

  /** Renames a sheet, as a co-author does. */
  rename(sheet: string, name: string) {
    const model = this.sheet(sheet);
    this.engine.renameSheet(model.name, name);
    if (this.active === model.name) this.active = name;
    model.name = name;
    this.changed();
  }

  /** An Excel table on a sheet, as a user inserts one; with showTotals its last row is the totals row. */
  addTable(sheet: string, address: string, name: string, showTotals = false) {
    this.checkTableName(name);
    this.sheet(sheet).tables.push({ name, address, style: "TableStyleMedium2", showTotals });
  }

  /** A name whose cells were deleted: it now refers to #REF! (workbook scope when sheet is null). */
  breakName(sheet: string | null, name: string) {
    const names = sheet === null ? this.names : this.sheet(sheet).names;
    const key = [...names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
    if (!key) throw new Error(`no name ${name}`);
    names.set(key, "#REF!");
  }

  /** Merges cells, as a user does. */
  merge(sheet: string, address: string) {
    this.sheet(sheet).merges.push(address);
  }

  allTables() {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  /** Tables and defined names share one namespace, compared without case (Microsoft Support, "Rename an Excel table"). */
  checkTableName(name: string) {
    const problem = definedNameProblem(name);
    if (problem) throw excelError("InvalidArgument", `The table name “${name}” ${problem}.`);
    const taken = [
      ...this.allTables().map(({ table }) => table.name),
      ...this.names.keys(),
      ...this.sheets.flatMap((sheet) => [...sheet.names.keys()]),
    ];
    if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
      throw excelError("ItemAlreadyExists", `The name “${name}” already exists.`);
  }

  /**
   * Names are unique per scope without regard to case, and never equal a table's name (Microsoft
   * Support, "Define and use names in formulas": "Excel does not distinguish between uppercase
   * and lowercase characters in names").
   */
  checkDefinedName(name: string, scope: Map<string, string>) {
    const problem = definedNameProblem(name);
    if (problem) throw excelError("InvalidArgument", `The name “${name}” ${problem}.`);
    const taken = [...scope.keys(), ...this.allTables().map(({ table }) => table.name)];
    if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
      throw excelError("ItemAlreadyExists", `The name “${name}” already exists.`);
  }

  /** Custom-function cells read #NAME? before registration and #BUSY! while calculating. */
  pendingValue(content: Stored): string | undefined {
    if (typeof content !== "string" || !content.startsWith("=")) return undefined;
    if (!content.toUpperCase().includes(this.functionNamespace)) return undefined;
    if (!this.functionsRegistered) return "#NAME?";
    if (this.calculation) return "#BUSY!";
    return undefined;
  }

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

/** The request context: queues commands and loads until sync(). */
export class FakeContext {
  private ops: Op[] = [];
  private loads: Load[] = [];
  private requestSize = 0;
  readonly workbook: ReturnType<FakeContext["makeWorkbook"]>;
  readonly application: ReturnType<FakeContext["makeApplication"]>;

  constructor(readonly excel: FakeExcel) {
    this.application = this.makeApplication();
    this.workbook = this.makeWorkbook();
  }

  queue(op: Op, size = 0) {
    this.ops.push(op);
    this.requestSize += COMMAND_BYTES + size;
  }
  onSync(load: Load) {
    this.loads.push(load);
    this.requestSize += COMMAND_BYTES;
  }

  async sync() {
    const excel = this.excel;
    excel.syncs++;
    excel.beforeSync?.(excel.syncs);
    const ops = this.ops;
    const loads = this.loads;
    const requestSize = this.requestSize;
    this.ops = [];
    this.loads = [];
    this.requestSize = 0;
    excel.requestBytes.push(requestSize);
    if (excel.payloadLimit !== null && requestSize > excel.payloadLimit) {
      throw excelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    try {
      if (excel.failAtSync === excel.syncs) {
        ops.slice(0, Math.floor(ops.length / 2)).forEach((op) => op());
        throw excelError("GeneralException", "The operation failed (injected by the test).");
      }
      // In order: a command that throws fails the sync, and the commands before it stay applied
      // (docs/testing/application-specific-api-error-handling.md).
      ops.forEach((op) => op());
      let bytes = 0;
      for (const load of loads) bytes += Number(load() ?? 0);
      excel.responseBytes.push(bytes);
      if (excel.payloadLimit !== null && bytes > excel.payloadLimit) {
        throw excelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    } finally {
      if (excel.calculation && --excel.calculation.syncs <= 0) excel.calculation = null;
      excel.changed();
    }
  }

  record(sheet: string, kind: string, address: string) {
    this.excel.writes.push({ sheet, kind, address });
  }

  private makeApplication() {
    const context = this;
    const application = {
      calculationState: "Done" as "Done" | "Calculating" | "Pending",
      suspendScreenUpdatingUntilNextSync: () => undefined,
      load(properties?: string) {
        void properties;
        context.onSync(() => {
          application.calculationState = context.excel.calculation?.state ?? "Done";
          return bytesOf(application.calculationState);
        });
        return application;
      },
    };
    return application;
  }

  private makeWorkbook() {
    const context = this;
    const excel = this.excel;
    const worksheets = {
      items: [] as FakeWorksheet[],
      load(properties?: string) {
        void properties;
        context.onSync(() => {
          worksheets.items = excel.sheets.map((sheet) => new FakeWorksheet(context, () => sheet).fill(sheet));
          return bytesOf(worksheets.items.map((sheet) => [sheet.id, sheet.name, sheet.visibility]));
        });
        return worksheets;
      },
      add(name: string) {
        let added: SheetModel | undefined;
        context.queue(() => {
          added = excel.addSheet(name);
          context.record(name, "addSheet", "");
        });
        return new FakeWorksheet(context, () => added ?? excel.sheet(name));
      },
      getItem: (key: string) => new FakeWorksheet(context, () => excel.sheet(key)),
      getItemOrNullObject(key: string) {
        const sheet = new FakeWorksheet(context, () => excel.sheet(key));
        context.onSync(() => {
          sheet.isNullObject = !excel.findSheet(key);
        });
        sheet.nullable = () => !excel.findSheet(key);
        return sheet;
      },
      getActiveWorksheet: () => new FakeWorksheet(context, () => excel.sheet(excel.active)),
    };
    const tables = {
      items: [] as FakeTable[],
      load(properties?: string) {
        void properties;
        context.onSync(() => {
          tables.items = excel.allTables().map(({ sheet, table }) => new FakeTable(context, () => sheet, table).fill());
          return bytesOf(tables.items.map((table) => table.name));
        });
        return tables;
      },
    };
    return {
      worksheets,
      tables,
      names: new FakeNames(context, () => excel.names, null),
      application: this.application,
    };
  }
}

/** A collection of defined names: the workbook's (workbook scope) or a sheet's (sheet scope). */
export class FakeNames {
  items: FakeNamedItem[] = [];

  constructor(
    private readonly context: FakeContext,
    private readonly scope: () => Map<string, string>,
    /** The sheet whose names these are; null for the workbook's. */
    private readonly sheet: (() => SheetModel) | null,
  ) {}

  private find(name: string) {
    return [...this.scope().keys()].find((key) => key.toLowerCase() === name.toLowerCase());
  }

  load(properties?: string) {
    void properties;
    this.context.onSync(() => {
      this.items = [...this.scope().keys()].map((name) => this.item(name).fill());
      return bytesOf(this.items.map((item) => [item.name, item.value]));
    });
    return this;
  }

  add(name: string, reference: FakeRange | string) {
    const { context, sheet } = this;
    context.queue(() => {
      const excel = context.excel;
      excel.checkDefinedName(name, this.scope());
      const target = typeof reference === "string" ? reference : reference.reference();
      this.scope().set(name, target);
      const [where, address] = target.includes("!") ? target.split("!") : [sheet!().name, target];
      const sheetName = where.replace(/^'|'$/g, "").replace(/''/g, "'");
      excel.engine.addName(sheetName, name, address);
      context.record(sheet?.().name ?? sheetName, "name", address);
    });
    return this.item(name);
  }

  private item(name: string) {
    return new FakeNamedItem(this.context, () => {
      const key = this.find(name);
      return key === undefined ? undefined : { name: key, reference: this.scope().get(key)! };
    });
  }

  getItem(name: string) {
    return this.item(name);
  }

  getItemOrNullObject(name: string) {
    const item = this.item(name);
    item.nullable = true;
    this.context.onSync(() => {
      item.isNullObject = this.find(name) === undefined;
    });
    return item;
  }
}

/** A defined name: a range, or #REF! once its cells were deleted. */
export class FakeNamedItem {
  isNullObject = false;
  nullable = false;
  name = "";
  type: "Range" | "Error" = "Range";
  value = "";
  formula = "";

  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => { name: string; reference: string } | undefined,
  ) {}

  private found() {
    const found = this.resolve();
    if (!found) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    return found;
  }

  fill() {
    const { name, reference } = this.found();
    Object.assign(this, {
      name,
      type: reference === "#REF!" ? "Error" : "Range",
      value: reference,
      formula: `=${reference}`,
    });
    return this;
  }

  load(properties?: string) {
    void properties;
    this.context.onSync(() => {
      if (this.nullable && !this.resolve()) return 0;
      this.fill();
      return bytesOf([this.name, this.value]);
    });
    return this;
  }

  /** The range of the name. A #REF! name fails the whole sync, as Excel does (typings: "Throws an error if the named item's type is not a range"). */
  getRange() {
    const range = new FakeRange(
      this.context,
      () => this.target().sheet,
      () => this.target().address,
    );
    this.context.queue(() => void this.target());
    return range;
  }

  /** The range of the name, or a null object when the name is not a range (#REF!); ExcelApi 1.4. */
  getRangeOrNullObject() {
    const broken = () => {
      const found = this.resolve();
      return !found || found.reference === "#REF!";
    };
    const range = new FakeRange(
      this.context,
      () => this.target().sheet,
      () => this.target().address,
    );
    range.nullable = broken;
    this.context.onSync(() => {
      range.isNullObject = broken();
    });
    return range;
  }

  private target(): { sheet: SheetModel; address: string } {
    const { reference } = this.found();
    if (reference === "#REF!")
      throw excelError("InvalidReference", "This reference isn't valid for the current operation.");
    const [where, address] = reference.split("!");
    const sheetName = where.replace(/^=/, "").replace(/^'|'$/g, "").replace(/''/g, "'");
    return { sheet: this.context.excel.sheet(sheetName), address: address.replace(/\$/g, "") };
  }
}

/** An Excel table: its range, its totals row, its name (one namespace with defined names). */
export class FakeTable {
  isNullObject = false;
  name = "";
  showTotals = false;
  showHeaders = true;
  style = "";

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly model: TableModel,
  ) {
    const self = this;
    Object.defineProperties(this, {
      name: {
        get: () => self.loaded.name,
        set: (name: string) => {
          context.queue(() => {
            if (name.toLowerCase() !== model.name.toLowerCase()) context.excel.checkTableName(name);
            model.name = name;
          });
        },
        enumerable: true,
      },
      style: {
        get: () => self.loaded.style,
        set: (style: string) => {
          context.queue(() => void (model.style = style));
        },
        enumerable: true,
      },
      showTotals: {
        get: () => self.loaded.showTotals,
        set: (show: boolean) => {
          context.queue(() => {
            if (show === model.showTotals) return;
            const [first, last] = model.address.split(":").map(parseCell);
            const rows = last.row - first.row + 1 + (show ? 1 : -1);
            model.address = block(first.row, first.column, rows, last.column - first.column + 1);
            model.showTotals = show;
          });
        },
        enumerable: true,
      },
    });
  }

  private loaded = { name: "", style: "", showTotals: false };

  fill() {
    this.loaded = { name: this.model.name, style: this.model.style, showTotals: this.model.showTotals };
    return this;
  }

  load(properties?: string) {
    void properties;
    this.context.onSync(() => {
      this.fill();
      return bytesOf(this.loaded);
    });
    return this;
  }

  private part(rows: (first: number, last: number) => [number, number] | null, what: string) {
    return new FakeRange(this.context, this.sheet, () => {
      const [first, last] = this.model.address.split(":").map(parseCell);
      const span = rows(first.row, last.row);
      if (!span) throw excelError("InvalidArgument", `The table “${this.model.name}” has no ${what}.`);
      return block(span[0], first.column, span[1] - span[0] + 1, last.column - first.column + 1);
    });
  }

  getRange() {
    return this.part((first, last) => [first, last], "range");
  }
  getHeaderRowRange() {
    return this.part((first) => [first, first], "header row");
  }
  getDataBodyRange() {
    return this.part((first, last) => [first + 1, last - (this.model.showTotals ? 1 : 0)], "body");
  }
  /** Only a table that shows its totals row has one. */
  getTotalRowRange() {
    return this.part((_, last) => (this.model.showTotals ? [last, last] : null), "totals row");
  }
}

export class FakeWorksheet {
  isNullObject = false;
  /** For getItemOrNullObject: commands on a missing sheet do nothing. */
  nullable: () => boolean = () => false;
  id = "";
  visibility: Visibility = "Visible";
  position = 0;
  readonly names: FakeNames;
  readonly tables;
  readonly freezePanes;
  private loadedName = "";

  constructor(
    private readonly context: FakeContext,
    /** The sheet, resolved when a command runs: by id once it exists, so a rename does not lose it. */
    readonly model: () => SheetModel,
  ) {
    const excel = context.excel;
    this.names = new FakeNames(context, () => model().names, model);
    const tables = {
      items: [] as FakeTable[],
      add(address: string, hasHeaders: boolean) {
        void hasHeaders;
        const table: TableModel = { name: "", address, style: "TableStyleMedium2", showTotals: false };
        context.queue(() => {
          let n = 1;
          while (excel.allTables().some(({ table: t }) => t.name.toLowerCase() === `table${n}`)) n++;
          table.name = `Table${n}`;
          model().tables.push(table);
          context.record(model().name, "table", address);
        });
        return new FakeTable(context, model, table);
      },
      load(properties?: string) {
        void properties;
        context.onSync(() => {
          tables.items = model().tables.map((table) => new FakeTable(context, model, table).fill());
          return bytesOf(tables.items.map((table) => table.name));
        });
        return tables;
      },
      getItem(name: string) {
        const table = () => {
          const found = model().tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
          if (!found) throw excelError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
          return found;
        };
        return new LazyTable(context, model, table);
      },
    };
    this.tables = tables;
    this.freezePanes = {
      freezeAt(range: FakeRange) {
        context.queue(() => {
          model().frozen = range.where();
          context.record(model().name, "freeze", range.where());
        });
      },
    };
    const self = this;
    Object.defineProperty(this, "name", {
      get: () => self.loadedName,
      set: (name: string) => {
        context.queue(() => {
          const sheet = model();
          const problem = sheetNameProblem(name);
          if (problem) throw excelError("InvalidArgument", `The sheet name “${name}” ${problem}.`);
          const other = excel.findSheet(name);
          if (other && other !== sheet) throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          excel.rename(sheet.id, name);
        });
      },
      enumerable: true,
    });
  }

  declare name: string;

  fill(sheet = this.model()) {
    this.loadedName = sheet.name;
    this.id = sheet.id;
    this.visibility = sheet.visibility;
    this.position = this.context.excel.sheets.indexOf(sheet);
    return this;
  }

  load(properties?: string) {
    void properties;
    this.context.onSync(() => {
      if (this.nullable()) return 0;
      this.fill();
      return bytesOf([this.id, this.name, this.visibility]);
    });
    return this;
  }

  getRange(address: string) {
    return new FakeRange(this.context, this.model, () => address);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
    return new FakeRange(this.context, this.model, () => block(row, column, rows, columns));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean) {
    void valuesOnly;
    const engine = this.context.excel.engine;
    const range = new FakeRange(this.context, this.model, () => {
      const { rows, columns } = engine.extent(this.model().name);
      return rows ? block(0, 0, rows, columns) : "A1";
    });
    const empty = () => engine.extent(this.model().name).rows === 0;
    range.nullable = empty;
    this.context.onSync(() => {
      range.isNullObject = empty();
    });
    return range;
  }

  /** A hidden sheet cannot be shown as the active one; Excel refuses the command. */
  activate() {
    this.context.queue(() => {
      const sheet = this.model();
      if (sheet.visibility !== "Visible")
        throw excelError("InvalidOperation", `The sheet “${sheet.name}” is hidden and cannot be activated.`);
      if (this.context.excel.failFocus)
        throw excelError("GeneralException", "Activation failed (injected by the test).");
      this.context.excel.active = sheet.name;
    });
  }

  delete() {
    this.context.queue(() => {
      if (this.nullable()) return; // getItemOrNullObject(...).delete() on a missing sheet does nothing
      const excel = this.context.excel;
      const sheet = this.model();
      // typings, Worksheet.delete: a VeryHidden sheet cannot be deleted; a workbook keeps one visible sheet.
      if (sheet.visibility === "VeryHidden")
        throw excelError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      if (sheet.visibility === "Visible" && excel.sheets.filter((s) => s.visibility === "Visible").length === 1)
        throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      excel.engine.removeSheet(sheet.name);
      if (excel.active === sheet.name) excel.active = excel.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
      this.context.record(sheet.name, "deleteSheet", "");
    });
  }
}

/** sheet.tables.getItem(name): the table found when the command runs. */
class LazyTable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly table: () => TableModel,
  ) {}
  private current() {
    return new FakeTable(this.context, this.sheet, this.table());
  }
  load(properties?: string) {
    const target = { name: "", showTotals: false, style: "" };
    this.context.onSync(() => {
      const model = this.table();
      Object.assign(target, { name: model.name, showTotals: model.showTotals, style: model.style });
      Object.assign(this, target);
      return bytesOf(target);
    });
    void properties;
    return this;
  }
  getRange() {
    return this.range((table) => table.getRange());
  }
  getTotalRowRange() {
    return this.range((table) => table.getTotalRowRange());
  }
  getDataBodyRange() {
    return this.range((table) => table.getDataBodyRange());
  }
  getHeaderRowRange() {
    return this.range((table) => table.getHeaderRowRange());
  }
  private range(part: (table: FakeTable) => FakeRange) {
    return new FakeRange(this.context, this.sheet, () => part(this.current()).where());
  }
}

/** A range proxy: setters queue writes, load() fills properties at the next sync. */
export class FakeRange {
  isNullObject = false;
  /** For *OrNullObject ranges: true when the range does not exist (commands on it do nothing). */
  nullable: () => boolean = () => false;
  address = "";
  rowIndex = 0;
  columnIndex = 0;
  rowCount = 0;
  columnCount = 0;
  valueTypes: string[][] = [];
  text: string[][] = [];
  private loadedValues: unknown[][] = [];
  private loadedFormats: string[][] = [];
  readonly format;
  readonly dataValidation;
  readonly conditionalFormats;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    /** The address, resolved when the command runs (a named range's may be set in the same batch). */
    readonly where: () => string,
  ) {
    const write = (kind: string, apply: (address: string) => void, size = 0) =>
      context.queue(() => {
        const address = this.where();
        apply(address);
        context.record(this.sheetOf().name, kind, address);
      }, size);
    const sheet = () => this.sheetOf();
    const formatOf = (address: string) => {
      const entry = { address, format: {} as Record<string, unknown> };
      sheet().formats.push(entry);
      return entry.format;
    };
    const setter = (kind: string, target: (address: string) => Record<string, unknown>, key: string) => ({
      set: (value: unknown) => write(kind, (address) => void (target(address)[key] = value), bytesOf(value)),
      enumerable: true,
    });
    this.format = Object.defineProperties(
      { font: {}, fill: {} },
      {
        wrapText: setter("format", formatOf, "wrapText"),
        horizontalAlignment: setter("format", formatOf, "horizontalAlignment"),
        columnWidth: setter("format", formatOf, "columnWidth"),
      },
    );
    Object.defineProperties(this.format.font, {
      bold: setter("format", formatOf, "bold"),
      italic: setter("format", formatOf, "italic"),
      size: setter("format", formatOf, "size"),
      color: setter("format", formatOf, "color"),
    });
    Object.defineProperties(this.format.fill, { color: setter("format", formatOf, "fill") });
    const validationOf = (address: string) => {
      let entry = sheet().validations.find((v) => v.address === address);
      if (!entry) sheet().validations.push((entry = { address }));
      return entry as Record<string, unknown>;
    };
    this.dataValidation = Object.defineProperties(
      {},
      {
        rule: setter("validation", validationOf, "rule"),
        prompt: setter("validation", validationOf, "prompt"),
        errorAlert: setter("validation", validationOf, "errorAlert"),
      },
    );
    this.conditionalFormats = {
      add: (type: string) => {
        void type;
        const conditional = { address: "", custom: { rule: { formula: "" }, format: { fill: {}, font: {} } } };
        write("conditionalFormat", (address) => {
          conditional.address = address;
          sheet().conditionalFormats.push(conditional);
        });
        return conditional;
      },
    };
  }

  /** "Sheet!$E$6", as a name refers to this range. */
  reference() {
    const [first, last = first] = this.where().replace(/\$/g, "").split(":").map(parseCell);
    const absolute = (cell: { row: number; column: number }) =>
      block(cell.row, cell.column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const address = first === last ? absolute(first) : `${absolute(first)}:${absolute(last)}`;
    return `${quoteSheet(this.sheetOf().name)}!${address}`;
  }

  private cells(address: string) {
    const [first, last = first] = address.replace(/\$/g, "").split(":").map(parseCell);
    return { first, rows: last.row - first.row + 1, columns: last.column - first.column + 1 };
  }

  /** A 2-D array must have the range's shape (Excel: InvalidArgument). */
  private checkShape(matrix: unknown[][], rows: number, columns: number) {
    if (matrix.length !== rows || matrix.some((cells) => cells.length !== columns))
      throw excelError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
  }

  private setContents(kind: string, matrix: unknown[][]) {
    this.context.queue(() => {
      const address = this.where();
      const { first, rows, columns } = this.cells(address);
      this.checkShape(matrix, rows, columns);
      const excel = this.context.excel;
      const model = this.sheetOf();
      matrix.forEach((cells, r) =>
        cells.forEach((written, c) => {
          // null leaves a cell as it is; "" clears it (docs/excel/excel-add-ins-blank-null-values.md)
          if (written === null || written === undefined) return;
          const row = first.row + r;
          const column = first.column + c;
          excel.store(model, row, column, written);
          const content = excel.engine.content(model.name, row, column);
          if (
            typeof content === "string" &&
            content.startsWith("=") &&
            model.numberFormats.get(`${row},${column}`) !== "@"
          )
            this.noteNames(model, row, column, content);
        }),
      );
      this.context.record(model.name, kind, address);
    }, bytesOf(matrix));
  }

  private noteNames(model: SheetModel, row: number, column: number, formula: string) {
    const excel = this.context.excel;
    const defined = (name: string) =>
      [...model.names.keys(), ...excel.names.keys(), ...excel.allTables().map(({ table }) => table.name)].some(
        (other) => other.toLowerCase() === name.toLowerCase(),
      );
    for (const name of namesIn(formula)) {
      if (!defined(name)) excel.namesUsedBeforeDefined.push({ sheet: model.name, address: block(row, column), name });
    }
  }

  set formulas(matrix: Stored[][]) {
    this.setContents("formulas", matrix);
  }
  get formulas(): Stored[][] {
    return this.loadedFormulas;
  }
  private loadedFormulas: Stored[][] = [];

  set numberFormat(matrix: string[][]) {
    this.context.queue(() => {
      const address = this.where();
      const { first, rows, columns } = this.cells(address);
      this.checkShape(matrix, rows, columns);
      const model = this.sheetOf();
      matrix.forEach((cells, r) =>
        cells.forEach((format, c) => {
          if (format !== null) model.numberFormats.set(`${first.row + r},${first.column + c}`, format);
        }),
      );
      this.context.record(model.name, "numberFormat", address);
    }, bytesOf(matrix));
  }
  get numberFormat(): string[][] {
    return this.loadedFormats;
  }

  /** Computed values after load(); writing them stores what Excel makes of them. */
  get values(): unknown[][] {
    return this.loadedValues;
  }
  set values(matrix: unknown[][]) {
    this.setContents("values", matrix);
  }

  copyFrom(source: FakeRange, copyType: string) {
    this.context.queue(() => {
      const model = this.sheetOf();
      const target = this.cells(this.where());
      const from = this.cells(source.where());
      const engine = this.context.excel.engine;
      const formats = model.numberFormats;
      for (let r = 0; r < target.rows; r++) {
        for (let c = 0; c < target.columns; c++) {
          const sourceRow = from.first.row + (r % from.rows);
          const sourceColumn = from.first.column + (c % from.columns);
          const sourceFormat = formats.get(`${sourceRow},${sourceColumn}`);
          const content = engine.content(model.name, sourceRow, sourceColumn);
          const formula = typeof content === "string" && content.startsWith("=") && sourceFormat !== "@";
          const shifted = formula ? shiftFormula(content, target.first.row + r - sourceRow) : content;
          const key = `${target.first.row + r},${target.first.column + c}`;
          if (sourceFormat && copyType !== "Formulas") formats.set(key, sourceFormat);
          if (copyType !== "Formats")
            engine.setContent(model.name, target.first.row + r, target.first.column + c, shifted, sourceFormat === "@");
        }
      }
      this.context.record(model.name, `copy${copyType}`, this.where());
    });
  }

  merge() {
    this.context.queue(() => {
      const model = this.sheetOf();
      model.merges.push(this.where());
      this.context.record(model.name, "merge", this.where());
    });
  }

  /** A range on a hidden sheet cannot be selected. */
  select() {
    this.context.queue(() => {
      const model = this.sheetOf();
      if (model.visibility !== "Visible")
        throw excelError("InvalidOperation", `The sheet “${model.name}” is hidden: nothing on it can be selected.`);
      if (this.context.excel.failFocus)
        throw excelError("GeneralException", "Selection failed (injected by the test).");
      this.context.excel.selection = { sheet: model.name, address: this.where() };
    });
  }

  /**
   * The merged areas in this range, or a null object when there are none (ExcelApi 1.13; typings:
   * fails over 512 areas). Areas that reach into the range count.
   */
  getMergedAreasOrNullObject() {
    const areas = new FakeRangeAreas(this.context, this.sheetOf, () => {
      const range = this.cells(this.where());
      return this.sheetOf().merges.filter((merge) => {
        const area = this.cells(merge);
        return (
          area.first.row < range.first.row + range.rows &&
          range.first.row < area.first.row + area.rows &&
          area.first.column < range.first.column + range.columns &&
          range.first.column < area.first.column + area.columns
        );
      });
    });
    return areas;
  }

  load(properties = "") {
    this.context.onSync(() => (this.nullable() ? 0 : this.fill(properties)));
    return this;
  }

  /** Fills the loaded properties now (at a sync); returns the bytes of the reply. */
  fill(properties = ""): number {
    const wanted = (name: string) => properties === "" || properties.split(",").some((p) => p.trim() === name);
    {
      const model = this.sheetOf();
      const address = this.where();
      const { first, rows, columns } = this.cells(address);
      const excel = this.context.excel;
      const engine = excel.engine;
      this.address = `${quoteSheet(model.name)}!${address.replace(/\$/g, "")}`;
      Object.assign(this, { rowIndex: first.row, columnIndex: first.column, rowCount: rows, columnCount: columns });
      let bytes = bytesOf(this.address);
      const grid = <T>(cell: (row: number, column: number) => T) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => cell(first.row + r, first.column + c)),
        );
      if (wanted("values") || wanted("valueTypes") || wanted("text")) {
        const cells = grid((row, column) => {
          const pending = excel.pendingValue(engine.content(model.name, row, column));
          const value = pending ? { error: pending } : engine.value(model.name, row, column);
          const error = value !== null && typeof value === "object" && "error" in value;
          return {
            value: error ? (value as { error: string }).error : (value ?? ""),
            type: error
              ? "Error"
              : value === null || value === ""
                ? "Empty"
                : typeof value === "number"
                  ? "Double"
                  : typeof value === "boolean"
                    ? "Boolean"
                    : "String",
            format: model.numberFormats.get(`${row},${column}`),
          };
        });
        this.loadedValues = cells.map((row) => row.map((cell) => cell.value));
        this.valueTypes = cells.map((row) => row.map((cell) => cell.type));
        this.text = cells.map((row) =>
          row.map((cell) =>
            typeof cell.value === "number" ? displayNumber(cell.value, cell.format) : String(cell.value),
          ),
        );
        if (wanted("values")) bytes += bytesOf(this.loadedValues);
        if (wanted("valueTypes")) bytes += bytesOf(this.valueTypes);
        if (wanted("text")) bytes += bytesOf(this.text);
      }
      if (wanted("formulas")) {
        this.loadedFormulas = grid((row, column) => engine.content(model.name, row, column) ?? "");
        bytes += bytesOf(this.loadedFormulas);
      }
      if (wanted("numberFormat")) {
        this.loadedFormats = grid((row, column) => model.numberFormats.get(`${row},${column}`) ?? "General");
        bytes += bytesOf(this.loadedFormats);
      }
      return bytes;
    }
  }
}

/** Several areas of one sheet: what getMergedAreasOrNullObject returns. */
export class FakeRangeAreas {
  isNullObject = false;
  address = "";
  areaCount = 0;
  readonly areas: { items: FakeRange[]; load(properties?: string): unknown };

  constructor(
    private readonly context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly list: () => string[],
  ) {
    const areas = {
      items: [] as FakeRange[],
      load(properties?: string) {
        context.onSync(() => {
          areas.items = list().map((address) => new FakeRange(context, sheetOf, () => address));
          return areas.items.reduce((bytes, range) => bytes + range.fill(properties), 0);
        });
        return areas;
      },
    };
    this.areas = areas;
  }

  load(properties?: string) {
    void properties;
    this.context.onSync(() => {
      const found = this.list();
      if (found.length > 512)
        throw excelError("GeneralException", "More than 512 merged areas: Excel does not return them.");
      this.isNullObject = found.length === 0;
      this.areaCount = found.length;
      this.address = found.map((address) => `${quoteSheet(this.sheetOf().name)}!${address}`).join(", ");
      return bytesOf(this.address);
    });
    return this;
  }
}

/** A sheet name as Excel writes it in an address: quoted unless it is letters, digits, _ and periods. */
export const quoteSheet = (name: string) =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
