/**
 * `hr-appraisal check` on collected workbooks: 50 department workbooks of 200 people, and one
 * workbook of 100,000 people. The built command (dist/cli.js) runs in a child process, as a user
 * runs it; the table gives wall time and the child's peak resident memory. Markdown on stdout
 * (`npx tsx bench/check.ts`), or `checkSection()` for `npm run bench`.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { SheetPlan } from "../src/templates";
import { columnName } from "../src/templates";
import { type DepartmentSample, departmentWorkbook, gradeList, seeded } from "../scripts/sample-workbooks";
import { form } from "../test/fixtures/tables/workbooks";
import { formatCount, formatDuration, formatRate, markdownTable } from "./table";
import { median } from "./timing";

const CLI = join(__dirname, "..", "dist", "cli.js");
const RUNS = 3;

/**
 * Runs the CLI's main() in a fresh Node process; reports its exit code and peak RSS (KiB). On Linux
 * the peak is VmHWM: getrusage's maxrss survives fork and exec, so a child of this (large) process
 * would report the parent's size.
 */
const PEAK = `
const { readFileSync } = require("fs");
const peakKiB = () => {
  try {
    return Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
};`;
const CHILD = `${PEAK}
const { Writable } = require("stream");
const { main } = require(process.env.HR_CLI);
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
main(JSON.parse(process.env.HR_ARGS), { stdout: sink, stderr: process.stderr }).then((code) =>
  process.stdout.write(JSON.stringify({ code, maxRssKiB: peakKiB() })),
);`;

/**
 * What a user could script instead, counting the same grade column of the same file: SheetJS
 * (`xlsx`, read whole) and ExcelJS's streaming reader. Each prints the count of grade cells.
 */
const PEERS: Record<string, string> = {
  "SheetJS (xlsx) readFile + column scan": `
const XLSX = require("xlsx");
const { HR_FILE, HR_COLUMN, HR_FIRST } = process.env;
const wb = XLSX.readFile(HR_FILE);
const sheet = wb.Sheets[wb.SheetNames[0]];
const last = XLSX.utils.decode_range(sheet["!ref"]).e.r;
const c = XLSX.utils.decode_col(HR_COLUMN);
let count = 0;
for (let r = Number(HR_FIRST) - 1; r <= last; r++) if (sheet[XLSX.utils.encode_cell({ r, c })]?.v) count++;
process.stdout.write(JSON.stringify({ code: count, maxRssKiB: peakKiB() }));`,
  "ExcelJS streaming WorkbookReader": `
const ExcelJS = require("exceljs");
const { HR_FILE, HR_COLUMN, HR_FIRST } = process.env;
(async () => {
  let count = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(HR_FILE, { sharedStrings: "cache", worksheets: "emit" });
  for await (const sheet of reader) {
    for await (const row of sheet) if (row.number >= Number(HR_FIRST) && row.getCell(HR_COLUMN).value) count++;
    break;
  }
  process.stdout.write(JSON.stringify({ code: count, maxRssKiB: peakKiB() }));
})();`,
};

interface Measured {
  ms: number;
  peakMiB: number;
  code: number;
}

function measure(args: string[], script = CHILD, env: Record<string, string> = {}): Measured {
  const runs: { ms: number; code: number; maxRssKiB: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ["-e", script], {
      encoding: "utf8",
      env: { ...process.env, ...env, HR_CLI: CLI, HR_ARGS: JSON.stringify(args), LANG: "en_US.UTF-8" },
    });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`the check failed to run: ${child.stderr}`);
    runs.push({ ms, ...JSON.parse(child.stdout) });
  }
  return {
    ms: median(runs.map((run) => run.ms)),
    peakMiB: Math.max(...runs.map((run) => run.maxRssKiB)) / 1024,
    code: runs[0].code,
  };
}

/** People per grade at the default policy's shares, a few off here and there, as collected workbooks are. */
function sampleOf(file: string, templateId: string, people: number): DepartmentSample {
  const next = seeded(file);
  const counts = { A: 0.45, B: 0.3, C: 0.2, D: 0.05 };
  const grades = gradeList(
    Object.fromEntries(Object.entries(counts).map(([grade, share]) => [grade, Math.round(people * share)])),
    next,
  );
  return { file, templateId, language: "zh", formulas: next() < 0.5 ? "hr" : "portable", period: "2026-11", grades };
}

async function write(sample: DepartmentSample, folder: string): Promise<{ bytes: number; plan: SheetPlan }> {
  const path = join(folder, sample.file);
  const { workbook, plan } = departmentWorkbook(sample);
  await workbook.xlsx.writeFile(path);
  return { bytes: statSync(path).size, plan };
}

/** `count` one-person appraisal forms, one per file, grades at the default policy's shares. */
async function writeForms(folder: string, count: number): Promise<number> {
  const next = seeded("forms");
  const grades = gradeList({ A: count * 0.45, B: count * 0.3, C: count * 0.2, D: count * 0.05 }, next);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const workbook = new ExcelJS.Workbook();
    form(
      workbook.addWorksheet("绩效考核表"),
      {
        name: `员工${i + 1}`,
        nameLabel: "被考核人",
        id: `E${10_000 + i}`,
        department: "运营部",
        self: grades[(i + 1) % count],
        supervisor: grades[i],
        final: grades[i],
        finalLabel: "最终等级",
        layout: i % 3 ? "right" : "below",
      },
      next,
    );
    const path = join(folder, `form-${i + 1}.xlsx`);
    await workbook.xlsx.writeFile(path);
    bytes += statSync(path).size;
  }
  return bytes;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

interface Case {
  name: string;
  files: string;
  people: number;
  bytes: number;
}

function row(each: Case, result: Measured, versus = ""): string[] {
  return [
    each.name,
    each.files,
    each.people ? formatCount(each.people) : "–",
    each.bytes ? mib(each.bytes) : "–",
    formatDuration(result.ms),
    each.people ? formatRate(each.people / (result.ms / 1000)) : "–",
    `${result.peakMiB.toFixed(0)} MiB`,
    versus,
  ];
}

export async function checkSection(progress: (message: string) => void = () => undefined): Promise<string> {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build`");
  const folder = mkdtempSync(join(tmpdir(), "hr-bench-check-"));
  try {
    const departments = join(folder, "departments");
    mkdirSync(departments);
    const templates = ["shop-customer-service", "marketing", "copywriter", "store-operations", "after-sales"];
    progress("writing 50 workbooks × 200 people");
    let departmentBytes = 0;
    for (let i = 0; i < 50; i++) {
      const sample = sampleOf(`dept-${i + 1}.xlsx`, templates[i % templates.length], 200);
      departmentBytes += (await write(sample, departments)).bytes;
    }
    progress("writing 500 per-person forms");
    const forms = join(folder, "forms");
    mkdirSync(forms);
    const formBytes = await writeForms(forms, 500);
    progress("writing one workbook of 100,000 people");
    const large = join(folder, "large");
    mkdirSync(large);
    const { bytes: largeBytes, plan } = await write(sampleOf("company.xlsx", "copywriter", 100_000), large);

    const cases = [
      { name: "startup (`--help`)", files: "–", people: 0, bytes: 0, args: ["--help"] },
      {
        name: "50 department workbooks",
        files: "50",
        people: 50 * 200,
        bytes: departmentBytes,
        args: ["check", departments],
      },
      { name: "500 per-person forms, one folder", files: "500", people: 500, bytes: formBytes, args: ["check", forms] },
    ];
    const rows = cases.map((each) => {
      progress(`check: ${each.name}`);
      return row(each, measure(each.args));
    });
    // the large workbook: ours, and what a user could script instead, on the same grade column
    const file = join(large, "company.xlsx");
    const gradeColumn = {
      HR_FILE: file,
      HR_COLUMN: columnName(plan.table.columns.length - 1),
      HR_FIRST: String(plan.table.headerRow + 2),
    };
    const largeCase = { name: "one large workbook", files: "1", people: 100_000, bytes: largeBytes };
    progress("check: one large workbook");
    const ours = measure(["check", large, "--max-size", "200"]);
    const peers = Object.entries(PEERS).map(([name, script]) => {
      progress(`baseline: ${name}`);
      const result = measure([], `${PEAK}${script}`, gradeColumn);
      if (result.code !== 100_000) throw new Error(`${name} counted ${result.code} grades, not 100,000`);
      return { name, result };
    });
    const ratios = peers.map(({ name, result }) => `${(ours.ms / result.ms).toFixed(2)}× ${name.split(" ")[0]}`);
    rows.push(row(largeCase, ours, ratios.join(", ")));
    for (const { name, result } of peers)
      rows.push(row({ ...largeCase, name: `Baseline: ${name}` }, result, "baseline"));
    return [
      "### `hr-appraisal check` on collected workbooks",
      "",
      `The built command in a child process (median of ${RUNS} runs, wall time including Node's start); peak memory is the child's maximum resident set.`,
      "",
      markdownTable(
        ["Input", "Files", "People", "Size", "Time", "People/s", "Peak memory", "Time vs baselines"],
        rows,
        ["left", "right", "right", "right", "right", "right", "right", "right"],
      ),
      "",
      "- Baselines: what a user could script instead, counting the same grade column of the same file in a child process: SheetJS `xlsx` 0.18.5 (`readFile`, then a scan of the column) and ExcelJS's streaming `WorkbookReader`. They only count cells; the check also reads the header, the people, the footers and judges the distribution.",
      "- Per-person forms: 500 files of one appraisal form each (header block, item table, grades, signature lines), checked as one team.",
    ].join("\n");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  checkSection((message) => process.stderr.write(`… ${message}\n`)).then(
    (markdown) => console.log(markdown),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
