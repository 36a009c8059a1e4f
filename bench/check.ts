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
import { type DepartmentSample, departmentWorkbook, gradeList, seeded } from "../scripts/sample-workbooks";
import { formatCount, formatDuration, formatRate, markdownTable } from "./table";
import { median } from "./timing";

const CLI = join(__dirname, "..", "dist", "cli.js");
const RUNS = 3;

/**
 * Runs the CLI's main() in a fresh Node process; reports its exit code and peak RSS (KiB). On Linux
 * the peak is VmHWM: getrusage's maxrss survives fork and exec, so a child of this (large) process
 * would report the parent's size.
 */
const CHILD = `
const { readFileSync } = require("fs");
const { Writable } = require("stream");
const { main } = require(process.env.HR_CLI);
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const peakKiB = () => {
  try {
    return Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
};
main(JSON.parse(process.env.HR_ARGS), { stdout: sink, stderr: process.stderr }).then((code) =>
  process.stdout.write(JSON.stringify({ code, maxRssKiB: peakKiB() })),
);`;

interface Measured {
  ms: number;
  peakMiB: number;
  code: number;
}

function measure(args: string[]): Measured {
  const runs: { ms: number; code: number; maxRssKiB: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ["-e", CHILD], {
      encoding: "utf8",
      env: { ...process.env, HR_CLI: CLI, HR_ARGS: JSON.stringify(args), LANG: "en_US.UTF-8" },
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

async function write(sample: DepartmentSample, folder: string): Promise<number> {
  const path = join(folder, sample.file);
  await departmentWorkbook(sample).workbook.xlsx.writeFile(path);
  return statSync(path).size;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

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
      departmentBytes += await write(sampleOf(`dept-${i + 1}.xlsx`, templates[i % templates.length], 200), departments);
    }
    progress("writing one workbook of 100,000 people");
    const large = join(folder, "large");
    mkdirSync(large);
    const largeBytes = await write(sampleOf("company.xlsx", "copywriter", 100_000), large);

    const cases = [
      { name: "startup (`--help`)", files: "–", people: 0, bytes: 0, args: ["--help"] },
      {
        name: "50 department workbooks",
        files: "50",
        people: 50 * 200,
        bytes: departmentBytes,
        args: ["check", departments],
      },
      {
        name: "one large workbook",
        files: "1",
        people: 100_000,
        bytes: largeBytes,
        args: ["check", large, "--max-size", "200"],
      },
    ];
    const rows = cases.map((each) => {
      progress(`check: ${each.name}`);
      const result = measure(each.args);
      const rate = each.people ? formatRate(each.people / (result.ms / 1000)) : "–";
      return [
        each.name,
        each.files,
        each.people ? formatCount(each.people) : "–",
        each.bytes ? mib(each.bytes) : "–",
        formatDuration(result.ms),
        rate,
        `${result.peakMiB.toFixed(0)} MiB`,
      ];
    });
    return [
      "### `hr-appraisal check` on collected workbooks",
      "",
      `The built command in a child process (median of ${RUNS} runs, wall time including Node's start); peak memory is the child's maximum resident set.`,
      "",
      markdownTable(["Input", "Files", "People", "Size", "Time", "People/s", "Peak memory"], rows, [
        "left",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
      ]),
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
