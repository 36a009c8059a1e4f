/**
 * A streaming reader of .xlsx workbooks: sheet names, then each sheet's rows as they are parsed,
 * with the values the workbook stores — cached results for formulas, never recomputed. Memory
 * stays bounded by the shared strings plus one chunk of rows, whatever the row count.
 *
 * Why not ExcelJS's streaming reader: 4.4.0 decodes each inflated chunk on its own, so Chinese
 * text straddling a chunk boundary comes out as U+FFFD (18 of 20,000 strings in a test), and it
 * turns cached formula errors (#N/A) into NaN. Here a streaming TextDecoder feeds saxes.
 */
import { posix } from "path";
import type { Readable } from "stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ZipArchive, type ZipEntry } from "./zip";

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
}

export interface SheetInfo {
  name: string;
  path: string;
  /** Position among the workbook's sheets, as a sheet-scoped name's localSheetId counts. */
  position: number;
}

/** A defined name: "HR_Scale" → "'Sheet 1'!$X$2:$Z$5"; scoped to one sheet when `position` is set. */
export interface DefinedName {
  name: string;
  reference: string;
  position?: number;
}

/** Why a file is not a workbook this reader can read. */
export type WorkbookProblem = "not-workbook" | "xlsb" | "damaged";

export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Parses XML from a stream; `flush` hands over what the handlers collected after each chunk. */
async function* parseXml<T>(
  stream: Readable,
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
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of stream) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    if (failure) throw new WorkbookError("damaged", failure.message);
    const done = flush();
    if (done.length) yield done;
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw new WorkbookError("damaged", failure.message);
  const done = flush();
  if (done.length) yield done;
}

async function drain(batches: AsyncGenerator<unknown[]>) {
  for await (const batch of batches) void batch;
}

/** Relationship id → target path inside the package, resolved against the part's folder. */
async function readRelationships(archive: ZipArchive, entry: ZipEntry, folder: string) {
  const targets = new Map<string, { target: string; type: string }>();
  await drain(
    parseXml(await archive.stream(entry), {
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

/** Column letters of an A1 reference ("AB12") → 0-based column. */
function columnOf(reference: string): number {
  let column = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

export class XlsxReader {
  private sharedStrings?: string[];

  private constructor(
    private readonly archive: ZipArchive,
    readonly sheets: SheetInfo[],
    readonly names: DefinedName[],
    private readonly sharedStringsPath: string | undefined,
  ) {}

  /** Opens a workbook read-only; throws ZipError or WorkbookError when it is not one. */
  static async open(path: string): Promise<XlsxReader> {
    const archive = await ZipArchive.open(path);
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
        parseXml(await archive.stream(workbook), {
          open(tag, name) {
            if (name === "sheet") {
              const idAttribute = Object.keys(tag.attributes).find((key) => key !== "id" && localName(key) === "id");
              const rel = idAttribute ? targets.get(tag.attributes[idAttribute]) : undefined;
              const info = { name: tag.attributes.name ?? "", path: rel?.target ?? "", position: position++ };
              if (rel?.type.endsWith("/worksheet")) sheets.push(info);
            } else if (name === "definedName") {
              const scope = tag.attributes.localSheetId;
              naming = { name: tag.attributes.name ?? "", reference: "" };
              if (scope !== undefined) naming.position = Number(scope);
            }
          },
          text(text) {
            if (naming) naming.reference += text;
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

  private async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const strings: string[] = [];
    const entry = this.sharedStringsPath ? this.archive.entries.get(this.sharedStringsPath) : undefined;
    if (entry) {
      let current = "";
      let inText = false;
      let inPhonetic = false; // <rPh> holds furigana, not part of the text
      await drain(
        parseXml(await this.archive.stream(entry), {
          open(_tag, name) {
            if (name === "si") current = "";
            else if (name === "rPh") inPhonetic = true;
            else if (name === "t" && !inPhonetic) inText = true;
          },
          text(text) {
            if (inText) current += text;
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

  /** The sheet's rows, in batches as they are parsed. */
  async *rows(sheet: SheetInfo): AsyncGenerator<SheetRow[]> {
    const entry = this.archive.entries.get(sheet.path);
    if (!entry) throw new WorkbookError("damaged", `${sheet.path} is missing`);
    const strings = await this.strings();
    let done: SheetRow[] = [];
    let row: SheetRow | undefined;
    let lastRow = -1;
    let column = -1;
    let type: string | undefined;
    let hasFormula = false;
    let stored: string | undefined;
    let capture: "v" | "t" | undefined;
    let inline: string | undefined;

    const value = (): StoredValue | undefined => {
      switch (type) {
        case "s": {
          const text = strings[Number(stored)];
          if (text === undefined) throw new WorkbookError("damaged", `shared string ${stored} does not exist`);
          return text;
        }
        case "str":
          return stored ?? "";
        case "inlineStr":
          return inline ?? "";
        case "b":
          return stored === "1" || stored === "true";
        case "e":
          return { error: stored ?? "" };
        case "d":
          return stored;
        default:
          return stored === undefined || stored === "" ? undefined : Number(stored);
      }
    };
    yield* parseXml(
      await this.archive.stream(entry),
      {
        open(tag, name) {
          switch (name) {
            case "row":
              lastRow = tag.attributes.r ? Number(tag.attributes.r) - 1 : lastRow + 1;
              row = { index: lastRow, cells: [] };
              column = -1;
              break;
            case "c":
              column = tag.attributes.r ? columnOf(tag.attributes.r) : column + 1;
              type = tag.attributes.t;
              hasFormula = false;
              stored = undefined;
              inline = undefined;
              break;
            case "f":
              hasFormula = true;
              break;
            case "v":
              stored = "";
              capture = "v";
              break;
            case "t":
              inline ??= "";
              capture = "t";
              break;
          }
        },
        text(text) {
          if (capture === "v") stored += text;
          else if (capture === "t") inline += text;
        },
        close(name) {
          if (name === "v" || name === "t") capture = undefined;
          else if (name === "c" && row) {
            if (hasFormula) {
              const result = stored === undefined ? undefined : (value() ?? "");
              row.cells[column] = result === undefined ? { kind: "uncalculated" } : { kind: "cached", value: result };
            } else {
              const read = value();
              if (read !== undefined) row.cells[column] = { kind: "value", value: read };
            }
          } else if (name === "row" && row) {
            done.push(row);
            row = undefined;
          }
        },
      },
      () => {
        const batch = done;
        done = [];
        return batch;
      },
    );
  }

  close(): Promise<void> {
    return this.archive.close();
  }
}
