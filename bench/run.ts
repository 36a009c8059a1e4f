/**
 * `npm run bench`: the scoring core and the built custom functions against plain code and native
 * formulas, and the command-line check on collected workbooks. Prints markdown for the README's Benchmarks section; progress goes to stderr.
 */
import { existsSync } from "fs";
import os from "os";
import { join } from "path";
import { DIST } from "../test/support/bundle";
import { calibrationSection } from "./calibration";
import { checkSection } from "./check";
import { hyperFormulaSection } from "./hyperformula";
import { throughputSection } from "./throughput";
import { formatDuration } from "./table";

function machine(): string {
  const cpus = os.cpus();
  const memoryGiB = (os.totalmem() / 2 ** 30).toFixed(1);
  const date = new Date().toISOString().replace("T", " ").slice(0, 16);
  return `Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${memoryGiB} GiB, Node ${process.version}, ${date} UTC.`;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error("dist/functions.js is missing: run `npm run build`");
  const start = performance.now();
  const progress = (message: string) => process.stderr.write(`… ${message}\n`);
  console.log(machine());
  console.log();
  console.log(throughputSection(progress));
  console.log();
  console.log(calibrationSection(progress));
  console.log();
  console.log(hyperFormulaSection(progress));
  console.log();
  console.log(await checkSection(progress));
  console.log();
  console.log(`Total bench time: ${formatDuration(performance.now() - start)}.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
