/**
 * LibreOffice headless as a real spreadsheet application for the tests: it opens .xlsx files,
 * recalculates every formula (a throwaway profile sets OOXML recalculation on load to "always";
 * by default cached values are kept) and saves them again as .xlsx, many files in one run.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice command, or an error that says how to install it. */
export function soffice(): string {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "LibreOffice is needed for this test and `soffice` was not found: install it with " +
        "`scripts/install-system-deps.sh` (what .ci/run does), or " +
        "`apt-get install -y --no-install-recommends libreoffice-calc-nogui`.",
    );
  }
  return "soffice";
}

/** Recalculates the workbooks with LibreOffice and saves them into `outDir` under the same names. */
export function recalculate(workbooks: readonly string[], outDir: string): void {
  const command = soffice();
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    mkdirSync(outDir, { recursive: true });
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...workbooks,
    ];
    const log = execFileSync(command, args, { encoding: "utf8", timeout: 10 * 60_000, stdio: "pipe" });
    const missing = workbooks.filter((file) => !existsSync(join(outDir, basename(file))));
    if (missing.length) throw new Error(`LibreOffice did not convert ${missing.join(", ")}:\n${log}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
