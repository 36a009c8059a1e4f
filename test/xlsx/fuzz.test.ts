/**
 * Fuzzing the streaming reader (issue 8, item 7): seeded mutations of real workbooks — bytes
 * flipped, header fields changed, files and XML cut, parts dropped, XML garbled, rows renumbered,
 * text too long, zip bombs — each read to the end in a child process whose heap is capped at
 * 512 MB. Every mutant is read or refused with a ZipError or WorkbookError and a one-line
 * message, within 5 s, and zip-level damage is refused or leaves the reading as it was.
 */
import ExcelJS from "exceljs";
import { spawn } from "child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createInterface } from "readline";
import type { FuzzLine, FuzzRequest } from "../support/reader-fuzz";
import { PACKAGE_LEVEL, ZIP_LEVEL } from "../support/reader-fuzz";
import { xlsx } from "../support/zip-writer";

const ROOT = join(__dirname, "..", "..");
const MUTANTS = 156; // 13 rounds of the 12 kinds
const PER_FILE_MS = 5000;
const MEMORY_MIB = 512;

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "hr-fuzz-bases-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A workbook with what HR's own tables have: a merged title, a table with totals, hidden rows and sheets, formulas. */
async function appraisalWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("2026 考核");
  sheet.mergeCells("A1:E1");
  sheet.getCell("A1").value = "销售部 2026 年 11 月绩效考核";
  const names = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "黄艳", "赵强"];
  sheet.addTable({
    name: "考核表",
    ref: "A3",
    totalsRow: true,
    columns: [
      { name: "姓名", totalsRowLabel: "合计" },
      { name: "部门" },
      { name: "得分", totalsRowFunction: "average" },
      { name: "等级" },
      { name: "备注" },
    ],
    rows: names.map((name, i) => [
      name,
      i % 2 ? "客服部" : "运营部",
      95 - i * 4,
      "ABCD"[Math.min(3, i >> 1)],
      i === 3 ? "休假" : "",
    ]),
  });
  sheet.getCell("F4").value = { formula: "C4*2", result: 190 };
  sheet.getCell("G4").value = { error: "#N/A" };
  sheet.getRow(7).hidden = true;
  workbook.addWorksheet("说明", { state: "hidden" }).getCell("A1").value = "A ≥90分；B 80–89分";
  await workbook.xlsx.writeFile(path);
}

test("mutated workbooks are read or refused as damaged, one line each, within 5 s and 512 MB", async () => {
  const workbooks = [
    join(folder, "appraisal.xlsx"),
    join(folder, "customer-service.xlsx"),
    join(folder, "stored.xlsx"),
  ];
  await appraisalWorkbook(workbooks[0]);
  copyFileSync(join(ROOT, "samples", "customer-service.xlsx"), workbooks[1]);
  // stored, not deflated: only the CRC-32 tells a flipped byte here
  const xml =
    `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="s"><v>0</v></c></row>` +
    `<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>王伟</t></is></c><c r="B2" t="s"><v>1</v></c></row>` +
    `<row r="3"><c r="A3" t="inlineStr"><is><t>李娜</t></is></c><c r="B3" t="str"><f>"B"</f><v>B</v></c></row>`;
  writeFileSync(workbooks[2], xlsx({ sheets: [{ name: "考核", xml }], sharedStrings: ["等级", "A"] }));

  const request: FuzzRequest = { workbooks, seed: "issue-8", mutants: MUTANTS };
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${MEMORY_MIB}`,
      "--import",
      "tsx",
      join(ROOT, "test", "support", "reader-fuzz.ts"),
      JSON.stringify(request),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const started = new Map<number, Extract<FuzzLine, { kind: string }>>();
  const ended: (Extract<FuzzLine, { outcome: string }> & { kind: string; detail: string })[] = [];
  let peakRssMiB = Infinity;
  let hung: string | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  for await (const text of createInterface({ input: child.stdout })) {
    const line = JSON.parse(text) as FuzzLine;
    clearTimeout(watchdog);
    if ("kind" in line) {
      started.set(line.mutant, line);
      // a hang shows as a mutant that never ends: stop the child and name it
      watchdog = setTimeout(() => {
        hung = `mutant ${line.mutant} (${line.kind}, ${line.base}: ${line.detail}) ran past ${PER_FILE_MS} ms`;
        child.kill();
      }, PER_FILE_MS + 2000);
    } else if ("outcome" in line) {
      ended.push({ ...line, kind: started.get(line.mutant)!.kind, detail: started.get(line.mutant)!.detail });
    } else peakRssMiB = line.peakRssMiB;
  }
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(hung).toBeUndefined();
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  expect(ended).toHaveLength(MUTANTS);

  const describe = (each: (typeof ended)[number]) => `#${each.mutant} ${each.kind} ${each.detail}: ${each.message}`;
  expect(ended.filter((each) => each.outcome === "crash").map(describe)).toEqual([]);
  expect(ended.filter((each) => each.ms > PER_FILE_MS).map(describe)).toEqual([]);
  const refused = ended.filter((each) => each.outcome !== "read");
  expect(refused.filter((each) => !each.message || each.message.includes("\n")).map(describe)).toEqual([]);
  // zip-level damage never yields a different reading; bombs and overlong text are always refused
  expect(ended.filter((each) => each.same === false).map(describe)).toEqual([]);
  expect(ended.filter((each) => each.kind === "bomb" && each.outcome !== "ZipError").map(describe)).toEqual([]);
  expect(ended.filter((each) => each.kind === "long-text" && each.outcome !== "WorkbookError").map(describe)).toEqual(
    [],
  );
  expect(peakRssMiB).toBeLessThan(MEMORY_MIB);

  // not vacuous: every kind ran, and both readings and refusals of each error class happened
  const kinds = new Set(ended.map((each) => each.kind));
  expect([...kinds].sort()).toEqual([...ZIP_LEVEL, ...PACKAGE_LEVEL].sort());
  const outcomes = new Set(ended.map((each) => each.outcome));
  expect([...outcomes].sort()).toEqual(["WorkbookError", "ZipError", "read"]);
  const counts = Object.fromEntries([...outcomes].map((o) => [o, ended.filter((each) => each.outcome === o).length]));
  const slowest = Math.max(...ended.map((each) => each.ms));
  console.info(
    `reader fuzz: ${MUTANTS} mutants, ${JSON.stringify(counts)}, slowest ${slowest.toFixed(0)} ms, peak RSS ${peakRssMiB.toFixed(0)} MiB`,
  );
}, 120_000);
