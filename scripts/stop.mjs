// `npm stop`: undo `npm start` — unregister the sideloaded add-in (Windows, macOS), or stop every
// dev server `npm start` recorded in this folder (only DEV_SERVER_PORT's when that is set), and wait
// until it has exited.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { alive, recordedPorts, runningServer, stateFile } from "./dev-server-state.mjs";

const GRACE_MS = 10_000;

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 0);
} else {
  const ports = process.env.DEV_SERVER_PORT ? [process.env.DEV_SERVER_PORT] : recordedPorts();
  let stopped = 0;
  for (const port of ports) {
    const pid = runningServer(port);
    if (pid) {
      await stop(pid);
      console.log(`Stopped the dev server on port ${port} (pid ${pid}).`);
      stopped++;
    }
    rmSync(stateFile(port), { force: true });
  }
  if (!stopped) console.log("Nothing to stop: no dev server started by `npm start` is running in this folder.");
}

/** SIGTERM, then SIGKILL if the server has not exited after the grace period. */
async function stop(pid) {
  process.kill(pid, "SIGTERM");
  for (const deadline = Date.now() + GRACE_MS; Date.now() < deadline; await sleep(100)) {
    if (!alive(pid)) return;
  }
  process.kill(pid, "SIGKILL");
  while (alive(pid)) await sleep(100);
}
