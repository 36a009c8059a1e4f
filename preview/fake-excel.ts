/**
 * An in-memory stand-in for the part of the Excel JavaScript API the gateway uses, with Office.js
 * semantics that matter for correctness and cost: commands queue until context.sync(), loaded
 * properties appear only after it, syncs are counted, every write is recorded with its sheet, and
 * a sync can be made to fail half-way. Formulas are computed by a pluggable engine: the tests store
 * contents as they are; the browser preview computes them with HyperFormula and the HR functions.
 */
import { type Content, block, parseCell } from "../src/templates";

/** Computes cell values; `value` returns { error } for an error cell. */
export interface CellEngine {
  addSheet(sheet: string): void;
  removeSheet(sheet: string): void;
  setContent(sheet: string, row: number, column: number, content: Content): void;
  addName(sheet: string, name: string, address: string): void;
  content(sheet: string, row: number, column: number): Content;
  value(sheet: string, row: number, column: number): unknown;
  /** Occupied area: the number of rows and columns up to the last content. */
  extent(sheet: string): { rows: number; columns: number };
}

/** Contents kept as they are: a formula's "value" is its text. Enough for the gateway tests. */
export class StoredEngine implements CellEngine {
  private readonly sheets = new Map<string, Map<string, Content>>();
  addSheet(sheet: string) {
    this.sheets.set(sheet, new Map());
  }
  removeSheet(sheet: string) {
    this.sheets.delete(sheet);
  }
  setContent(sheet: string, row: number, column: number, content: Content) {
    const cells = this.sheets.get(sheet)!;
    if (content === null || content === "") cells.delete(`${row},${column}`);
    else cells.set(`${row},${column}`, content);
  }
  addName() {}
  content(sheet: string, row: number, column: number): Content {
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

export interface SheetModel {
  name: string;
  names: Map<string, string>;
  tables: { name: string; address: string; style?: string }[];
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

/** Shifts the relative row references of a formula by `rows` (what copying a formula down does). */
export function shiftFormula(formula: string, rows: number): string {
  return formula
    .split('"')
    .map((part, index) =>
      index % 2
        ? part // inside a string literal
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (match, before, column, dollar, row) => (dollar ? match : `${before}${column}${Number(row) + rows}`),
          ),
    )
    .join('"');
}

type Op = () => void;

export class FakeExcel {
  syncs = 0;
  readonly writes: WriteRecord[] = [];
  /** Bytes of loaded values returned per sync: what would cross the wire. */
  readonly responseBytes: number[] = [];
  readonly requestBytes: number[] = [];
  readonly sheets: SheetModel[] = [];
  active = "";
  selection: { sheet: string; address: string } | null = null;
  /** Makes the n-th sync fail after applying half of its commands. */
  failAtSync?: number;
  /** Grows with every change: the preview's grid re-renders on it. */
  version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly engine: CellEngine = new StoredEngine()) {}

  addSheet(name: string) {
    this.engine.addSheet(name);
    const model: SheetModel = {
      name,
      names: new Map(),
      tables: [],
      numberFormats: new Map(),
      validations: [],
      conditionalFormats: [],
      formats: [],
      merges: [],
    };
    this.sheets.push(model);
    if (!this.active) this.active = name;
    return model;
  }

  sheet(name: string) {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (!found)
      throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
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

  /** Writes contents directly, as a user typing would (no sync, no record). */
  type(sheet: string, address: string, contents: Content[][]) {
    const { row, column } = parseCell(address);
    contents.forEach((cells, r) =>
      cells.forEach((content, c) => this.engine.setContent(sheet, row + r, column + c, content)),
    );
    this.changed();
  }

  /** Activates a sheet and selects a cell, as a user clicking would. */
  select(sheet: string, address: string) {
    this.active = sheet;
    this.selection = { sheet, address };
    this.changed();
  }

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

/** The request context: queues commands and loads until sync(). */
export class FakeContext {
  private ops: Op[] = [];
  private loads: Op[] = [];
  private requestSize = 0;
  readonly workbook: ReturnType<FakeContext["makeWorkbook"]>;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => undefined };

  constructor(readonly excel: FakeExcel) {
    this.workbook = this.makeWorkbook();
  }

  queue(op: Op, size = 0) {
    this.ops.push(op);
    this.requestSize += size;
  }
  onSync(load: Op) {
    this.loads.push(load);
  }

  async sync() {
    const excel = this.excel;
    excel.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    excel.requestBytes.push(this.requestSize);
    this.requestSize = 0;
    if (excel.failAtSync === excel.syncs) {
      ops.slice(0, Math.floor(ops.length / 2)).forEach((op) => op());
      excel.changed();
      throw Object.assign(new Error("The operation failed (injected by the test)."), { code: "GeneralException" });
    }
    ops.forEach((op) => op());
    let bytes = 0;
    for (const load of loads) bytes += Number(load() ?? 0);
    excel.responseBytes.push(bytes);
    excel.changed();
  }

  record(sheet: string, kind: string, address: string) {
    this.excel.writes.push({ sheet, kind, address });
  }

  private makeWorkbook() {
    const context = this;
    const excel = this.excel;
    /** Adds Office.js collection behaviour (items filled by load at the next sync) to `target`. */
    const collection = <T extends object>(target: T, items: () => { name: string }[]) => {
      const proxy = Object.assign(target, {
        items: [] as { name: string }[],
        load() {
          context.onSync(() => {
            proxy.items = items();
            return JSON.stringify(proxy.items.map((item) => item.name)).length;
          });
          return proxy;
        },
      });
      return proxy;
    };
    const worksheets = collection(
      {
        add(name: string) {
          context.queue(() => {
            if (excel.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
              throw Object.assign(new Error(`A sheet named ${name} already exists.`), { code: "ItemAlreadyExists" });
            }
            excel.addSheet(name);
            context.record(name, "addSheet", "");
          });
          return new FakeWorksheet(context, name);
        },
        getItem: (name: string) => new FakeWorksheet(context, name),
        getItemOrNullObject(name: string) {
          const sheet = new FakeWorksheet(context, name);
          context.onSync(() => {
            sheet.isNullObject = !excel.sheets.some((s) => s.name === name);
          });
          return sheet;
        },
      },
      () => excel.sheets.map((sheet) => ({ name: sheet.name })),
    );
    return {
      worksheets,
      names: collection({}, () => []),
      tables: collection({}, () => excel.sheets.flatMap((sheet) => sheet.tables)),
    };
  }
}

export class FakeWorksheet {
  isNullObject = false;
  readonly names;
  readonly tables;
  readonly freezePanes;

  constructor(
    private readonly context: FakeContext,
    readonly name: string,
  ) {
    const model = () => context.excel.sheet(name);
    const self = this;
    this.names = {
      items: [] as { name: string }[],
      load() {
        context.onSync(() => {
          self.names.items = [...model().names.keys()].map((n) => ({ name: n }));
        });
        return self.names;
      },
      add(nameOfRange: string, range: FakeRange) {
        context.queue(() => {
          const address = range.where();
          model().names.set(nameOfRange, address);
          context.excel.engine.addName(name, nameOfRange, address);
          context.record(name, "name", address);
        });
      },
      getItem: (nameOfRange: string) => ({
        getRange: () => new FakeRange(context, name, () => model().names.get(nameOfRange)!),
      }),
    };
    this.tables = {
      add(address: string, hasHeaders: boolean) {
        const table = { name: "", style: "", address, hasHeaders };
        context.queue(() => {
          model().tables.push(table);
          context.record(name, "table", address);
        });
        return table;
      },
    };
    this.freezePanes = {
      freezeAt(range: FakeRange) {
        context.queue(() => {
          model().frozen = range.where();
          context.record(name, "freeze", range.where());
        });
      },
    };
  }

  getRange(address: string) {
    return new FakeRange(this.context, this.name, () => address);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean) {
    void valuesOnly;
    const range = new FakeRange(this.context, this.name, () => {
      const { rows, columns } = this.context.excel.engine.extent(this.name);
      return rows ? block(0, 0, rows, columns) : "A1";
    });
    this.context.onSync(() => {
      range.isNullObject = this.context.excel.engine.extent(this.name).rows === 0;
    });
    return range;
  }

  activate() {
    this.context.queue(() => {
      this.context.excel.sheet(this.name);
      this.context.excel.active = this.name;
    });
  }

  delete() {
    this.context.queue(() => {
      const excel = this.context.excel;
      const index = excel.sheets.findIndex((sheet) => sheet.name === this.name);
      if (index < 0) return; // getItemOrNullObject(...).delete() on a missing sheet does nothing
      excel.sheets.splice(index, 1);
      excel.engine.removeSheet(this.name);
      if (excel.active === this.name) excel.active = excel.sheets[0]?.name ?? "";
      this.context.record(this.name, "deleteSheet", "");
    });
  }
}

/** A range proxy: setters queue writes, load() fills properties at the next sync. */
export class FakeRange {
  isNullObject = false;
  address = "";
  rowIndex = 0;
  columnIndex = 0;
  rowCount = 0;
  columnCount = 0;
  valueTypes: string[][] = [];
  private loadedValues: unknown[][] = [];
  readonly format;
  readonly dataValidation;
  readonly conditionalFormats;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    /** The address, resolved when the command runs (a named range's may be set in the same batch). */
    readonly where: () => string,
  ) {
    const write = (kind: string, apply: (address: string) => void, size = 0) =>
      context.queue(() => {
        const address = this.where();
        apply(address);
        context.record(sheetName, kind, address);
      }, size);
    const sheet = () => context.excel.sheet(sheetName);
    const formatOf = (address: string) => {
      const entry = { address, format: {} as Record<string, unknown> };
      sheet().formats.push(entry);
      return entry.format;
    };
    const setter = (kind: string, target: (address: string) => Record<string, unknown>, key: string) => ({
      set: (value: unknown) => write(kind, (address) => void (target(address)[key] = value)),
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

  private cells(address: string) {
    const [first, last = first] = address.replace(/\$/g, "").split(":").map(parseCell);
    return { first, rows: last.row - first.row + 1, columns: last.column - first.column + 1 };
  }

  private setContents(kind: string, matrix: Content[][]) {
    const size = JSON.stringify(matrix).length;
    this.context.queue(() => {
      const address = this.where();
      const { first } = this.cells(address);
      const engine = this.context.excel.engine;
      this.context.excel.sheet(this.sheetName);
      matrix.forEach((cells, r) =>
        cells.forEach((content, c) => engine.setContent(this.sheetName, first.row + r, first.column + c, content)),
      );
      this.context.record(this.sheetName, kind, address);
    }, size);
  }

  set formulas(matrix: Content[][]) {
    this.setContents("formulas", matrix);
  }
  set numberFormat(matrix: string[][]) {
    const size = JSON.stringify(matrix).length;
    this.context.queue(() => {
      const address = this.where();
      const { first } = this.cells(address);
      const formats = this.context.excel.sheet(this.sheetName).numberFormats;
      matrix.forEach((cells, r) =>
        cells.forEach((format, c) => formats.set(`${first.row + r},${first.column + c}`, format)),
      );
      this.context.record(this.sheetName, "numberFormat", address);
    }, size);
  }

  /** Computed values after load(); writing them sets constants. */
  get values(): unknown[][] {
    return this.loadedValues;
  }
  set values(matrix: unknown[][]) {
    this.setContents("values", matrix as Content[][]);
  }

  copyFrom(source: FakeRange, copyType: string) {
    this.context.queue(() => {
      const target = this.cells(this.where());
      const from = this.cells(source.where());
      const engine = this.context.excel.engine;
      const formats = this.context.excel.sheet(this.sheetName).numberFormats;
      for (let r = 0; r < target.rows; r++) {
        for (let c = 0; c < target.columns; c++) {
          const sourceRow = from.first.row + (r % from.rows);
          const sourceColumn = from.first.column + (c % from.columns);
          const content = engine.content(this.sheetName, sourceRow, sourceColumn);
          const shifted =
            typeof content === "string" && content.startsWith("=")
              ? shiftFormula(content, target.first.row + r - sourceRow)
              : content;
          if (copyType !== "Formats")
            engine.setContent(this.sheetName, target.first.row + r, target.first.column + c, shifted);
          const format = formats.get(`${sourceRow},${sourceColumn}`);
          if (format && copyType !== "Formulas")
            formats.set(`${target.first.row + r},${target.first.column + c}`, format);
        }
      }
      this.context.record(this.sheetName, `copy${copyType}`, this.where());
    });
  }

  merge() {
    this.context.queue(() => {
      this.context.excel.sheet(this.sheetName).merges.push(this.where());
      this.context.record(this.sheetName, "merge", this.where());
    });
  }

  select() {
    this.context.queue(() => {
      this.context.excel.sheet(this.sheetName);
      this.context.excel.selection = { sheet: this.sheetName, address: this.where() };
    });
  }

  load(properties: string) {
    const withValues = /values|valueTypes/.test(properties);
    this.context.onSync(() => {
      if (this.isNullObject) return 0;
      const address = this.where();
      const { first, rows, columns } = this.cells(address);
      const engine = this.context.excel.engine;
      this.context.excel.sheet(this.sheetName);
      this.address = `${this.sheetName}!${address}`;
      Object.assign(this, { rowIndex: first.row, columnIndex: first.column, rowCount: rows, columnCount: columns });
      this.loadedValues = [];
      this.valueTypes = [];
      if (!withValues) return JSON.stringify(address).length;
      for (let r = 0; r < rows; r++) {
        const values: unknown[] = [];
        const types: string[] = [];
        for (let c = 0; c < columns; c++) {
          const value = engine.value(this.sheetName, first.row + r, first.column + c);
          const error = value !== null && typeof value === "object" && "error" in value;
          values.push(error ? (value as { error: string }).error : (value ?? ""));
          types.push(
            error
              ? "Error"
              : value === null || value === ""
                ? "Empty"
                : typeof value === "number"
                  ? "Double"
                  : typeof value === "boolean"
                    ? "Boolean"
                    : "String",
          );
        }
        this.loadedValues.push(values);
        this.valueTypes.push(types);
      }
      return JSON.stringify(this.loadedValues).length + JSON.stringify(this.valueTypes).length;
    });
    return this;
  }
}
