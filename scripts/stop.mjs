// `npm stop`: undo `npm start` — unregister the sideloaded add-in and stop the dev server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 0);
} else if (existsSync(".dev-server.pid")) {
  const pid = Number(readFileSync(".dev-server.pid", "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(".dev-server.pid");
} else {
  console.log("Nothing to stop: the dev server was not started with `npm start`.");
}
