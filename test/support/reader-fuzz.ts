/**
 * The reader's fuzz run, in a child process that test/xlsx/fuzz.test.ts starts with a heap limit:
 * seeded mutations of real workbooks, each written to a file and read to the end as the check
 * reads it (every sheet's tables, rows and merged ranges). One JSON line per mutant on stdout when
 * it starts and when it ends, then the process's peak memory.
 *
 * Zip-level damage (bytes flipped, header fields changed, the file cut) must be refused or leave
 * the reading exactly as it was: the zip's checks leave no silently different value. Package-level
 * changes (parts dropped, XML cut or garbled, rows renumbered, long text, zip bombs) make another
 * workbook, so for them only the answer's kind, time and memory are checked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import { type SheetRow, WorkbookError, XlsxReader } from "../../cli/xlsx/read-workbook";
import { ZipArchive, ZipError } from "../../cli/xlsx/zip";
import { seeded } from "../../scripts/sample-workbooks";
import { type RawEntry, deflateBomb, deflatedEntry, zipEntries } from "./zip-writer";

export interface FuzzRequest {
  workbooks: string[];
  seed: string;
  mutants: number;
}

export const ZIP_LEVEL = ["flip-bytes", "flip-in-part", "directory-field", "local-field", "end-record", "cut-file"];
export const PACKAGE_LEVEL = ["drop-part", "cut-xml", "garble-xml", "renumber-rows", "long-text", "bomb"];

export type FuzzLine =
  | { mutant: number; kind: string; base: string; detail: string }
  | {
      mutant: number;
      outcome: "read" | "ZipError" | "WorkbookError" | "crash";
      message: string;
      ms: number;
      /** For a zip-level mutant that was read: whether the reading is the original's. */
      same?: boolean;
    }
  | { peakRssMiB: number };

type Random = () => number;
const below = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, list: readonly T[]): T => list[below(random, list.length)];

async function readEverything(path: string) {
  const reader = await XlsxReader.open(path);
  try {
    const sheets = [];
    for (const sheet of reader.sheets) {
      const tables = await reader.tables(sheet);
      const rows: SheetRow[] = [];
      for await (const batch of reader.rows(sheet)) rows.push(...batch);
      sheets.push({ sheet, tables, rows, merges: reader.merges(sheet) });
    }
    return { names: reader.names, sheets };
  } finally {
    await reader.close();
  }
}

interface Base {
  path: string;
  bytes: Buffer;
  /** Parts in archive order, inflated. */
  parts: { name: string; content: Buffer }[];
  /** Where each part's stored bytes lie in the file. */
  spans: { name: string; start: number; length: number }[];
  reading: Awaited<ReturnType<typeof readEverything>>;
}

async function loadBase(path: string): Promise<Base> {
  const archive = await ZipArchive.open(path);
  try {
    const entries = [...archive.entries.values()];
    const parts = [];
    for (const entry of entries) {
      const chunks: Buffer[] = [];
      for await (const chunk of archive.stream(entry)) chunks.push(chunk);
      parts.push({ name: entry.name, content: Buffer.concat(chunks) });
    }
    const spans = entries.map(({ name, dataOffset, compressedSize }) => ({
      name,
      start: dataOffset,
      length: compressedSize,
    }));
    return { path, bytes: readFileSync(path), parts, spans, reading: await readEverything(path) };
  } finally {
    await archive.close();
  }
}

const isXml = (name: string) => /\.(xml|rels)$/.test(name);
const isRead = (name: string) =>
  /^(_rels\/|xl\/(workbook|sharedStrings|_rels|worksheets|tables))/.test(name) && isXml(name);

/** Offsets of the central directory's records and of its end record (an archive without a comment). */
function directoryOf(bytes: Buffer) {
  const end = bytes.length - 22;
  const records: number[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    records.push(at);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { end, records };
}

/** A value a damaged or hostile header might hold instead of `value`. */
function liar(random: Random, value: number, max: number) {
  const lie = pick(random, [0, value + 1, value - 1, below(random, max), max, value * 1000]);
  return lie >= 0 && lie <= max && lie !== value ? lie : value ^ 1;
}

function writeField(bytes: Buffer, at: number, width: 2 | 4, random: Random) {
  const max = width === 2 ? 0xffff : 0xffffffff;
  const value = width === 2 ? bytes.readUInt16LE(at) : bytes.readUInt32LE(at);
  const next = liar(random, value, max);
  if (width === 2) bytes.writeUInt16LE(next, at);
  else bytes.writeUInt32LE(next, at);
  return `${value} → ${next}`;
}

const SNIPPETS = [
  "<",
  ">",
  "&",
  '"',
  "</row>",
  '<row r="0">',
  '<row r="1">',
  '<c r="A1" t="s"><v>99999</v></c>',
  '<c r="ZZZZ1"><v>1</v></c>',
  "<v>NaN</v>",
  'r="1048577"',
  "\u0000",
  "\uFFFF",
  "&#0;",
  "&unknown;",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  "]]>",
  "<![CDATA[",
  "等级",
];

function replacePart(base: Base, name: string, content: Buffer | null, entry?: Omit<RawEntry, "name">): Buffer {
  return zipEntries(
    base.parts.flatMap((part) => {
      if (part.name !== name) return [deflatedEntry(part.name, part.content)];
      if (entry) return [{ name, ...entry }];
      return content === null ? [] : [deflatedEntry(name, content)];
    }),
  );
}

/** One mutant of `base`: its bytes and what was done. */
function mutate(kind: string, base: Base, random: Random): { bytes: Buffer; detail: string } {
  const xmlParts = base.parts.filter((part) => isXml(part.name));
  const readParts = base.parts.filter((part) => isRead(part.name));
  const sheets = base.parts.filter((part) => part.name.startsWith("xl/worksheets/sheet"));
  switch (kind) {
    case "flip-bytes": {
      const bytes = Buffer.from(base.bytes);
      const flips = Array.from({ length: 1 + below(random, 8) }, () => below(random, bytes.length));
      for (const at of flips) bytes[at] ^= 1 + below(random, 255);
      return { bytes, detail: `at ${flips.join(", ")}` };
    }
    case "flip-in-part": {
      const span = pick(
        random,
        base.spans.filter((each) => isRead(each.name) && each.length > 0),
      );
      const bytes = Buffer.from(base.bytes);
      const at = span.start + below(random, span.length);
      bytes[at] ^= 1 << below(random, 8);
      return { bytes, detail: `${span.name} at ${at - span.start}` };
    }
    case "directory-field": {
      const bytes = Buffer.from(base.bytes);
      const record = pick(random, directoryOf(bytes).records);
      const [field, width] = pick(random, [
        [10, 2],
        [16, 4],
        [20, 4],
        [24, 4],
        [28, 2],
        [30, 2],
        [42, 4],
      ] as const);
      return {
        bytes,
        detail: `record at ${record}, field ${field}: ${writeField(bytes, record + field, width, random)}`,
      };
    }
    case "local-field": {
      const bytes = Buffer.from(base.bytes);
      const record = pick(random, directoryOf(bytes).records);
      const local = bytes.readUInt32LE(record + 42);
      const [field, width] = pick(random, [
        [8, 2],
        [18, 4],
        [22, 4],
        [26, 2],
        [28, 2],
      ] as const);
      return {
        bytes,
        detail: `local header at ${local}, field ${field}: ${writeField(bytes, local + field, width, random)}`,
      };
    }
    case "end-record": {
      const bytes = Buffer.from(base.bytes);
      const { end } = directoryOf(bytes);
      const [field, width] = pick(random, [
        [4, 2],
        [8, 2],
        [10, 2],
        [12, 4],
        [16, 4],
        [20, 2],
      ] as const);
      return { bytes, detail: `end record field ${field}: ${writeField(bytes, end + field, width, random)}` };
    }
    case "cut-file": {
      const length = below(random, base.bytes.length);
      return { bytes: base.bytes.subarray(0, length), detail: `${length} of ${base.bytes.length} bytes` };
    }
    case "drop-part": {
      const part = pick(random, base.parts);
      return { bytes: replacePart(base, part.name, null), detail: part.name };
    }
    case "cut-xml": {
      const part = pick(random, readParts);
      const length = below(random, part.content.length);
      return {
        bytes: replacePart(base, part.name, part.content.subarray(0, length)),
        detail: `${part.name} at ${length}`,
      };
    }
    case "garble-xml": {
      const part = pick(random, readParts.length ? readParts : xmlParts);
      let text = part.content.toString("utf8");
      const edits: string[] = [];
      for (let n = 1 + below(random, 6); n > 0; n--) {
        const at = below(random, text.length);
        const snippet = pick(random, SNIPPETS);
        const cut = below(random, 4);
        text = text.slice(0, at) + snippet + text.slice(at + cut);
        edits.push(`${at}: ${JSON.stringify(snippet)}`);
      }
      return { bytes: replacePart(base, part.name, Buffer.from(text)), detail: `${part.name} ${edits.join("; ")}` };
    }
    case "renumber-rows": {
      const part = pick(random, sheets);
      let changed = 0;
      const text = part.content.toString("utf8").replace(/<row r="(\d+)"/g, (whole, r: string) => {
        if (random() > 0.2) return whole;
        changed++;
        return `<row r="${pick(random, [0, Number(r) - 1, Number(r) - 2, Number(r) + 5, 1_048_577])}"`;
      });
      return { bytes: replacePart(base, part.name, Buffer.from(text)), detail: `${part.name}: ${changed} rows` };
    }
    case "long-text": {
      const shared = base.parts.find((part) => part.name === "xl/sharedStrings.xml");
      const text = "长".repeat(32_768 + below(random, 40_000));
      if (shared && random() < 0.5) {
        const xml = shared.content.toString("utf8").replace(/<si>/, `<si><t>${text}</t></si><si>`);
        return { bytes: replacePart(base, shared.name, Buffer.from(xml)), detail: `shared string of ${text.length}` };
      }
      const part = pick(random, sheets);
      const cell = `<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>${text}</t></is></c></row>`;
      const xml = part.content
        .toString("utf8")
        .replace(
          /<sheetData\/>|<\/sheetData>/,
          (end) => `${end === "<sheetData/>" ? "<sheetData>" : ""}${cell}</sheetData>`,
        );
      return {
        bytes: replacePart(base, part.name, Buffer.from(xml)),
        detail: `${part.name}: inline text of ${text.length}`,
      };
    }
    case "bomb": {
      const part = pick(random, readParts.filter((each) => each.name.includes("sharedStrings")).concat(sheets));
      const head = part.content.subarray(0, below(random, part.content.length)).toString("utf8");
      // 50 to 1,600 units of about 60 KB: up to 100 MB from a few hundred KB
      const unit = pick(random, [
        "<row/>".repeat(10_000),
        "<si><t>哈哈哈哈</t></si>".repeat(3000),
        "哈".repeat(20_000),
      ]);
      const bomb = deflateBomb(head, unit, 50 + below(random, 1550), "");
      const declared = pick(random, ["honest", "lying", "small"]);
      const size = declared === "honest" ? bomb.size : declared === "lying" ? part.content.length : 2 ** 20;
      return {
        bytes: replacePart(base, part.name, null, { ...bomb, size }),
        detail: `${part.name}: ${bomb.size} bytes, ${declared}`,
      };
    }
    default:
      throw new Error(`unknown mutation ${kind}`);
  }
}

const say = (line: FuzzLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function run({ workbooks, seed, mutants }: FuzzRequest) {
  const bases = [];
  for (const path of workbooks) bases.push(await loadBase(path));
  const kinds = [...ZIP_LEVEL, ...PACKAGE_LEVEL];
  const folder = mkdtempSync(join(tmpdir(), "hr-fuzz-"));
  try {
    for (let mutant = 0; mutant < mutants; mutant++) {
      const random = seeded(`${seed}:${mutant}`);
      const kind = kinds[mutant % kinds.length];
      const base = pick(random, bases);
      const { bytes, detail } = mutate(kind, base, random);
      say({ mutant, kind, base: base.path, detail });
      const path = join(folder, `mutant-${mutant}.xlsx`);
      writeFileSync(path, bytes);
      const started = performance.now();
      try {
        const reading = await readEverything(path);
        const ms = performance.now() - started;
        const same = ZIP_LEVEL.includes(kind) ? isDeepStrictEqual(reading, base.reading) : undefined;
        say({ mutant, outcome: "read", message: "", ms, same });
      } catch (error) {
        const ms = performance.now() - started;
        const outcome =
          error instanceof ZipError ? "ZipError" : error instanceof WorkbookError ? "WorkbookError" : "crash";
        const message = error instanceof Error ? error.message : String(error);
        say({ mutant, outcome, message: outcome === "crash" ? ((error as Error).stack ?? message) : message, ms });
      }
      rmSync(path);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const status = readFileSync("/proc/self/status", "utf8");
  say({ peakRssMiB: Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024 });
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as FuzzRequest).catch((error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}
