#!/usr/bin/env node
/**
 * `npm run sheets:push`: builds dist-sheets/ and pushes it with clasp to the Apps Script project
 * that .clasp.json names: a script bound to one spreadsheet, or the add-on's project, whose test
 * deployment runs the code pushed last. clasp runs through npx at a pinned version, only here: it
 * needs a Google account and the network, so no test runs this file. Arguments go on to
 * `clasp push` (e.g. `npm run sheets:push -- --user work`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const CLASP = "@google/clasp@3.4.1";
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONFIG = join(ROOT, ".clasp.json");
const DIST_SHEETS = join(ROOT, "dist-sheets");
const clasp = `npx --yes ${CLASP}`;

const HOW_TO_CONFIGURE = `Create it once, in ${ROOT}, with clasp (you need a Google account; turn on the Apps Script API first at https://script.google.com/home/usersettings):

  ${clasp} login

then one of
  - a new spreadsheet with its own script (the add-on for that spreadsheet only):
      ${clasp} create --type sheets --title "HR Appraisal" --rootDir dist-sheets
  - a standalone project, to test as an Editor add-on and publish to your domain:
      ${clasp} create --type standalone --title "HR Appraisal" --rootDir dist-sheets
  - an existing script (a spreadsheet's: Extensions > Apps Script > Project Settings > Script ID):
      ${clasp} clone <scriptId> --rootDir dist-sheets

Then run npm run sheets:push again. .clasp.json names your script: keep it out of git.`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The project .clasp.json names; clasp pushes every file under its rootDir, so that must be dist-sheets/. */
function readConfig() {
  if (!existsSync(CONFIG))
    fail(`No .clasp.json: clasp does not know which Apps Script project to push to.\n\n${HOW_TO_CONFIGURE}`);
  let config;
  try {
    config = JSON.parse(readFileSync(CONFIG, "utf8"));
  } catch (error) {
    fail(`.clasp.json is not JSON (${error.message}).\n\n${HOW_TO_CONFIGURE}`);
  }
  if (typeof config.scriptId !== "string" || !config.scriptId) {
    fail(`.clasp.json has no scriptId.\n\n${HOW_TO_CONFIGURE}`);
  }
  const contentDir = resolve(ROOT, config.srcDir ?? config.rootDir ?? ".");
  if (contentDir !== DIST_SHEETS) {
    fail(
      `.clasp.json pushes ${relative(ROOT, contentDir) || "the repository itself"}, not the built add-on: ` +
        `set "rootDir": "dist-sheets" in it (and remove "srcDir").`,
    );
  }
  return config;
}

function run(command, args) {
  console.log(`> ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) fail(`${command} did not start: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { scriptId } = readConfig();
run("npm", ["run", "build:sheets"]);
// --force: the manifest in dist-sheets/ is the source of truth; clasp would otherwise ask before replacing it.
run("npx", ["--yes", CLASP, "push", "--force", ...process.argv.slice(2)]);
console.log(`
Pushed dist-sheets/ to https://script.google.com/d/${scriptId}/edit
- A script bound to a spreadsheet: reload the spreadsheet; the menu is under Extensions.
- The add-on's project: its test deployment (Deploy > Test deployments) runs this code now.`);
