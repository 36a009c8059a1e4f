// What `npm start` records of the dev server it runs, so that `npm stop` (and a second `npm start`)
// find it: one file per port in the project folder holding the server's process id.
import { existsSync, readFileSync, readdirSync } from "node:fs";

/** The port of the dev server: 3000 (what manifest.xml names), or DEV_SERVER_PORT for a second one. */
export const PORT = process.env.DEV_SERVER_PORT || "3000";

export const stateFile = (port) => `.dev-server-${port}.pid`;

/** The ports npm start has recorded a server for in this folder. */
export const recordedPorts = () =>
  readdirSync(".")
    .map((name) => /^\.dev-server-(\d+)\.pid$/.exec(name)?.[1])
    .filter(Boolean);

/** The recorded server's pid, if that process is still a dev server (a pid can be reused after a reboot). */
export function runningServer(port) {
  const file = stateFile(port);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  const commandLine = `/proc/${pid}/cmdline`;
  if (existsSync(commandLine) && !readFileSync(commandLine, "utf8").includes("webpack")) return undefined;
  return pid;
}

export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return error.code === "EPERM";
  }
}
