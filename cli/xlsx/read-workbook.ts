/**
 * A streaming reader of .xlsx workbooks: sheet names, then each sheet's rows as they are parsed,
 * with the values the workbook stores — cached results for formulas, never recomputed. Memory
 * stays bounded by the shared strings plus one chunk of rows, whatever the row count.
 *
 * Damage is an error, never a guess: rows or cells out of order, references outside Excel's grid,
 * text longer than a cell holds, a number that is not one, XML that is not UTF-8 or well formed.
 * What the parts may inflate to is bounded by the zip reader (see `inflateLimits`).
 *
 * Why not ExcelJS's streaming reader: 4.4.0 decodes each inflated chunk on its own, so Chinese
 * text straddling a chunk boundary comes out as U+FFFD (18 of 20,000 strings in a test), and it
 * turns cached formula errors (#N/A) into NaN. Here a streaming TextDecoder feeds saxes.
 */
import { posix } from "path";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { cell as cellName, parseCell } from "../../src/templates";
import { DEFAULT_MAX_BYTES, ZipArchive, type ZipEntry, inflateLimits, oneLine } from "./zip";

/** A stored value: number, text, TRUE/FALSE or an Excel error. */
export type StoredValue = number | string | boolean | { error: string };

export type CellRead =
  | { kind: "value"; value: StoredValue }
  /** A formula and the result the spreadsheet saved with it. */
  | { kind: "cached"; value: StoredValue }
  /** A formula saved without a result (never calculated): its value is unknown. */
  | { kind: "uncalculated" };

export interface SheetRow {
  /** 0-based row number. */
  index: number;
  /** By 0-based column; holes where the sheet has no value. */
  cells: (CellRead | undefined)[];
  /** Set when the row is hidden (`<row hidden="1">`). */
  hidden?: true;
}

/** A hidden sheet's tab is not shown; a very hidden one only a macro can show. */
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  path: string;
  /** Position among the workbook's sheets, as a sheet-scoped name's localSheetId counts. */
  position: number;
  state: SheetState;
}

/** A block of cells, 0-based and inclusive: B2:D3 is { top: 1, left: 1, bottom: 2, right: 3 }. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (Insert › Table) on a sheet. */
export interface TableInfo {
  /** As formulas and the Name Manager show it (the table's displayName). */
  name: string;
  /** The whole table, its header and totals rows included. */
  range: CellRange;
  headerRowCount: number;
  totalsRowCount: number;
}

/** A defined name: "HR_Scale" → "'Sheet 1'!$X$2:$Z$5"; scoped to one sheet when `position` is set. */
export interface DefinedName {
  name: string;
  reference: string;
  position?: number;
}

export interface ReadOptions {
  /** The largest file the caller accepts (the command line's --max-size): it bounds what each part may inflate to. */
  maxBytes?: number;
}

/** Why a file is not a workbook this reader can read. */
export type WorkbookProblem = "not-workbook" | "xlsb" | "damaged";

export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    detail: string,
  ) {
    super(oneLine(detail));
  }
}

const damaged = (detail: string) => new WorkbookError("damaged", detail);

/** Excel's grid and text limits (Excel specifications and limits): beyond them a file is damaged, not larger. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_TEXT = 32_767;
const SHEET_STATES: readonly string[] = ["visible", "hidden", "veryHidden"] satisfies SheetState[];

/** Text from the file as a message quotes it: short, on one line. */
const quoted = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

const tooLong = (where: string) => damaged(`${where} holds more than Excel's ${MAX_TEXT} characters of text`);

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Parses an entry's XML as it inflates; `flush` hands over what the handlers collected after each chunk. */
async function* parseXml<T>(
  archive: ZipArchive,
  entry: ZipEntry,
  handlers: { open?(tag: SaxesTagPlain, name: string): void; text?(text: string): void; close?(name: string): void },
  flush: () => T[] = () => [],
): AsyncGenerator<T[]> {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on("error", (error) => (failure ??= error));
  if (handlers.open) parser.on("opentag", (tag) => handlers.open!(tag as SaxesTagPlain, localName(tag.name)));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(localName(tag.name)));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw damaged(`${entry.name} is not UTF-8 text`);
    }
  };
  const failed = () => damaged(`${entry.name}: ${failure!.message}`);
  const chunks = archive.stream(entry);
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      parser.write(decode(next.value));
      if (failure) throw failed();
      const done = flush();
      if (done.length) yield done;
    }
    parser.write(decode());
    parser.close();
    if (failure) throw failed();
    const done = flush();
    if (done.length) yield done;
  } catch (error) {
    // Corrupted bytes often inflate to XML that makes no sense: the rest of the entry, checked
    // against its CRC-32, tells which it was, and the zip's error names the real cause.
    if (error instanceof WorkbookError) for await (const rest of chunks) void rest;
    throw error;
  } finally {
    await chunks.return(undefined);
  }
}

async function drain(batches: AsyncGenerator<unknown[]>) {
  for await (const batch of batches) void batch;
}

/** Relationship id → target path inside the package, resolved against the part's folder. */
async function readRelationships(archive: ZipArchive, entry: ZipEntry, folder: string) {
  const targets = new Map<string, { target: string; type: string }>();
  await drain(
    parseXml(archive, entry, {
      open(tag, name) {
        if (name !== "Relationship") return;
        const { Id, Target, Type, TargetMode } = tag.attributes;
        if (TargetMode === "External" || !Target) return;
        const target = Target.startsWith("/") ? Target.slice(1) : posix.normalize(posix.join(folder, Target));
        targets.set(Id, { target, type: Type ?? "" });
      },
    }),
  );
  return targets;
}

const relationshipsOf = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/**
 * The 0-based column of the A1 reference of a cell in row `row` (1-based): "AB12" in row 12 → 27.
 * -1 when the reference is not a cell of that row on Excel's grid. Runs once per cell: no regex.
 */
function columnIn(reference: string, row: number): number {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (at === 0 || column > MAX_COLUMNS) return -1;
  const digits = at;
  let number = 0;
  for (; at < reference.length; at++) {
    const digit = reference.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return at > digits && number === row ? column - 1 : -1;
}

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** "B2:D3" (or "B2", one cell) → its CellRange; undefined when it is not a block on Excel's grid. */
function rangeOf(reference: string | undefined): CellRange | undefined {
  const corners = reference?.split(":") ?? [];
  if (corners.length < 1 || corners.length > 2 || !corners.every((corner) => CELL.test(corner))) return undefined;
  const [first, last = first] = corners.map(parseCell);
  if ([first, last].some(({ row, column }) => row >= MAX_ROWS || column >= MAX_COLUMNS)) return undefined;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

/** Why a row's `r` cannot follow row `previous` (1-based; 0 before the first row). */
function rowProblem(r: string | undefined, previous: number): string {
  if (r === undefined) return `more rows than Excel's ${MAX_ROWS}`;
  const number = Number(r);
  if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) return `${quoted(r)} is not a row number`;
  return number === previous ? `row ${number} appears twice` : `row ${number} comes after row ${previous}`;
}

/** The first <table> element of a table part. */
async function readTable(archive: ZipArchive, entry: ZipEntry): Promise<TableInfo> {
  let table: TableInfo | undefined;
  await drain(
    parseXml(archive, entry, {
      open(tag, name) {
        if (name !== "table" || table) return;
        const { ref, displayName, name: tableName, headerRowCount = "1", totalsRowCount = "0" } = tag.attributes;
        const range = rangeOf(ref);
        if (!range) throw damaged(`${entry.name}: ${quoted(ref ?? "")} is not a table's range`);
        const headers = Number(headerRowCount);
        const totals = Number(totalsRowCount);
        const rows = range.bottom - range.top + 1;
        if (![headers, totals].every((count) => Number.isInteger(count) && count >= 0) || headers + totals > rows) {
          throw damaged(`${entry.name}: ${headers} header and ${totals} totals rows do not fit in ${ref}`);
        }
        table = { name: displayName ?? tableName ?? "", range, headerRowCount: headers, totalsRowCount: totals };
      },
    }),
  );
  if (!table) throw damaged(`${entry.name} holds no table`);
  return table;
}

export class XlsxReader {
  private sharedStrings?: string[];
  /** Each sheet's merged ranges, by part path, once its rows have been read to the end. */
  private readonly mergedCells = new Map<string, CellRange[]>();

  private constructor(
    private readonly archive: ZipArchive,
    readonly sheets: SheetInfo[],
    readonly names: DefinedName[],
    private readonly sharedStringsPath: string | undefined,
  ) {}

  /** Opens a workbook read-only; throws ZipError or WorkbookError when it is not one. */
  static async open(path: string, { maxBytes = DEFAULT_MAX_BYTES }: ReadOptions = {}): Promise<XlsxReader> {
    const archive = await ZipArchive.open(path, inflateLimits(maxBytes));
    try {
      const entry = (name: string) => archive.entries.get(name);
      const packageRels = entry("_rels/.rels");
      if (!packageRels) throw new WorkbookError("not-workbook", "no _rels/.rels");
      const main = [...(await readRelationships(archive, packageRels, "")).values()].find((rel) =>
        rel.type.endsWith("/officeDocument"),
      );
      if (!main) throw new WorkbookError("not-workbook", "no main document");
      if (main.target.endsWith(".bin")) throw new WorkbookError("xlsb", main.target);
      const workbook = entry(main.target);
      if (!workbook || !main.target.startsWith("xl/")) throw new WorkbookError("not-workbook", main.target);
      const rels = entry(relationshipsOf(main.target));
      const targets = rels ? await readRelationships(archive, rels, posix.dirname(main.target)) : new Map();
      const sheets: SheetInfo[] = [];
      const names: DefinedName[] = [];
      let position = 0;
      let naming: DefinedName | undefined;
      await drain(
        parseXml(archive, workbook, {
          open(tag, name) {
            if (name === "sheet") {
              const sheetName = tag.attributes.name ?? "";
              const idAttribute = Object.keys(tag.attributes).find((key) => key !== "id" && localName(key) === "id");
              const rel = idAttribute ? targets.get(tag.attributes[idAttribute]) : undefined;
              if (!rel) throw damaged(`sheet ${quoted(sheetName)} has no part in the workbook`);
              const state = tag.attributes.state ?? "visible";
              if (!SHEET_STATES.includes(state))
                throw damaged(`sheet ${quoted(sheetName)} has the state ${quoted(state)}`);
              const info = { name: sheetName, path: rel.target, position: position++, state: state as SheetState };
              if (rel.type.endsWith("/worksheet")) sheets.push(info);
            } else if (name === "definedName") {
              const scope = tag.attributes.localSheetId;
              naming = { name: tag.attributes.name ?? "", reference: "" };
              if (scope !== undefined) naming.position = Number(scope);
            }
          },
          text(text) {
            if (!naming) return;
            naming.reference += text;
            if (naming.reference.length > MAX_TEXT) throw tooLong(`the defined name ${quoted(naming.name)}`);
          },
          close(name) {
            if (name === "definedName" && naming) names.push(naming);
            if (name === "definedName") naming = undefined;
          },
        }),
      );
      const shared = [...targets.values()].find((rel) => rel.type.endsWith("/sharedStrings"));
      return new XlsxReader(archive, sheets, names, shared?.target);
    } catch (error) {
      await archive.close();
      throw error;
    }
  }

  /** Cells of `sheet` that names starting with `prefix` point at: "X9". */
  namedCells(sheet: SheetInfo, prefix: string): string[] {
    return this.names.flatMap(({ name, reference, position }) => {
      if (!name.startsWith(prefix) || (position !== undefined && position !== sheet.position)) return [];
      const bang = reference.lastIndexOf("!");
      const sheetPart = reference
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const cell = reference.slice(bang + 1).replace(/\$/g, "");
      return sheetPart === sheet.name && /^[A-Z]+\d+$/.test(cell) ? [cell] : [];
    });
  }

  /** The Excel tables on `sheet`, found through the sheet's relationships. */
  async tables(sheet: SheetInfo): Promise<TableInfo[]> {
    const rels = this.archive.entries.get(relationshipsOf(sheet.path));
    if (!rels) return [];
    const tables: TableInfo[] = [];
    for (const { target, type } of (await readRelationships(this.archive, rels, posix.dirname(sheet.path))).values()) {
      if (!type.endsWith("/table")) continue;
      const entry = this.archive.entries.get(target);
      if (!entry) throw damaged(`${target} is missing`);
      tables.push(await readTable(this.archive, entry));
    }
    return tables;
  }

  /**
   * The merged ranges of `sheet`. The sheet lists them after its rows, so they are collected while
   * `rows(sheet)` streams and known once it has been read to the end.
   */
  merges(sheet: SheetInfo): CellRange[] {
    const merged = this.mergedCells.get(sheet.path);
    if (!merged) throw new Error(`merges(${quoted(sheet.name)}) asked before rows() of that sheet was read to the end`);
    return merged;
  }

  private async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const strings: string[] = [];
    const entry = this.sharedStringsPath ? this.archive.entries.get(this.sharedStringsPath) : undefined;
    if (entry) {
      let current = "";
      let inText = false;
      let inPhonetic = false; // <rPh> holds furigana, not part of the text
      await drain(
        parseXml(this.archive, entry, {
          open(_tag, name) {
            if (name === "si") current = "";
            else if (name === "rPh") inPhonetic = true;
            else if (name === "t" && !inPhonetic) inText = true;
          },
          text(text) {
            if (!inText) return;
            current += text;
            if (current.length > MAX_TEXT) throw tooLong(`shared string ${strings.length}`);
          },
          close(name) {
            if (name === "t") inText = false;
            else if (name === "rPh") inPhonetic = false;
            else if (name === "si") strings.push(current);
          },
        }),
      );
    }
    return (this.sharedStrings = strings);
  }

  /** The sheet's rows, in batches as they are parsed; its merged ranges are collected on the way. */
  async *rows(sheet: SheetInfo): AsyncGenerator<SheetRow[]> {
    const entry = this.archive.entries.get(sheet.path);
    if (!entry) throw damaged(`${sheet.path} is missing`);
    const strings = await this.strings();
    this.mergedCells.delete(sheet.path);
    const merged: CellRange[] = [];
    const problem = (detail: string) => damaged(`sheet ${quoted(sheet.name)}: ${detail}`);
    let done: SheetRow[] = [];
    let inSheetData = false;
    let row: SheetRow | undefined;
    /** 1-based, as the file numbers rows; 0 before the first. */
    let rowNumber = 0;
    let column = -1;
    let inCell = false;
    let inPhonetic = false;
    let type: string | undefined;
    let hasFormula = false;
    let stored: string | undefined;
    let capture: "v" | "t" | undefined;
    let inline: string | undefined;
    const here = () => cellName(rowNumber - 1, column);

    const value = (): StoredValue | undefined => {
      switch (type) {
        case "s": {
          const text = strings[Number(stored)];
          if (text === undefined) throw problem(`${here()}: shared string ${quoted(stored ?? "")} does not exist`);
          return text;
        }
        case "str":
          return stored ?? "";
        case "inlineStr":
          return inline ?? "";
        case "b":
          if (stored === undefined || stored === "") return undefined;
          if (stored === "1" || stored === "true") return true;
          if (stored === "0" || stored === "false") return false;
          throw problem(`${here()}: ${quoted(stored)} is not TRUE or FALSE`);
        case "e":
          return stored === undefined ? undefined : { error: stored };
        case "d":
          return stored;
        case undefined:
        case "n": {
          if (stored === undefined || stored === "") return undefined;
          const number = Number(stored);
          if (!Number.isFinite(number)) throw problem(`${here()}: ${quoted(stored)} is not a number`);
          return number;
        }
        default:
          throw problem(`${here()} has the unknown type ${quoted(type)}`);
      }
    };
    yield* parseXml(
      this.archive,
      entry,
      {
        open(tag, name) {
          switch (name) {
            case "sheetData":
              inSheetData = true;
              break;
            case "row": {
              if (!inSheetData) break;
              if (row) throw problem(`a row inside row ${rowNumber}`);
              const { r, hidden } = tag.attributes;
              const number = r === undefined ? rowNumber + 1 : Number(r);
              if (!(Number.isInteger(number) && number > rowNumber && number <= MAX_ROWS)) {
                throw problem(rowProblem(r, rowNumber));
              }
              rowNumber = number;
              row = { index: number - 1, cells: [] };
              if (hidden === "1" || hidden === "true") row.hidden = true;
              column = -1;
              break;
            }
            case "c": {
              if (!inSheetData) break;
              if (!row) throw problem("a cell outside any row");
              const { r } = tag.attributes;
              const next = r === undefined ? column + 1 : columnIn(r, rowNumber);
              if (next < 0) throw problem(`${quoted(r!)} is not a cell of row ${rowNumber}`);
              if (next <= column) throw problem(`cell ${r} comes after ${here()}`);
              if (next >= MAX_COLUMNS)
                throw problem(`row ${rowNumber} has more cells than Excel's ${MAX_COLUMNS} columns`);
              column = next;
              inCell = true;
              type = tag.attributes.t;
              hasFormula = false;
              stored = undefined;
              inline = undefined;
              break;
            }
            case "f":
              if (inCell) hasFormula = true;
              break;
            case "v":
              if (!inCell) break;
              stored = "";
              capture = "v";
              break;
            case "rPh":
              inPhonetic = true;
              break;
            case "t":
              if (!inCell || inPhonetic) break;
              inline ??= "";
              capture = "t";
              break;
            case "mergeCell": {
              const range = rangeOf(tag.attributes.ref);
              if (!range) throw problem(`${quoted(tag.attributes.ref ?? "")} is not a range to merge`);
              merged.push(range);
              break;
            }
          }
        },
        text(text) {
          if (capture === "v") {
            stored += text;
            if (stored!.length > MAX_TEXT) throw tooLong(`sheet ${quoted(sheet.name)}, cell ${here()}`);
          } else if (capture === "t") {
            inline += text;
            if (inline!.length > MAX_TEXT) throw tooLong(`sheet ${quoted(sheet.name)}, cell ${here()}`);
          }
        },
        close(name) {
          switch (name) {
            case "v":
            case "t":
              capture = undefined;
              break;
            case "rPh":
              inPhonetic = false;
              break;
            case "c":
              if (!inCell) break;
              inCell = false;
              if (hasFormula) {
                const result = stored === undefined ? undefined : (value() ?? "");
                row!.cells[column] =
                  result === undefined ? { kind: "uncalculated" } : { kind: "cached", value: result };
              } else {
                const read = value();
                if (read !== undefined) row!.cells[column] = { kind: "value", value: read };
              }
              break;
            case "row":
              if (!row) break;
              done.push(row);
              row = undefined;
              break;
            case "sheetData":
              inSheetData = false;
              break;
          }
        },
      },
      () => {
        const batch = done;
        done = [];
        return batch;
      },
    );
    this.mergedCells.set(sheet.path, merged);
  }

  close(): Promise<void> {
    return this.archive.close();
  }
}
