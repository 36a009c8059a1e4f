// `npm start`: where Excel desktop runs (Windows, macOS) sideload the add-in with office-addin-debugging;
// elsewhere (Linux, CI) start the dev server with the in-browser preview, and say how to sideload
// into Excel on the web. A second `npm start` finds the running server instead of starting another.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { PORT, runningServer, stateFile } from "./dev-server-state.mjs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const url = `https://localhost:${PORT}/`;

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(
    npx,
    [
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      PORT,
    ],
    { stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const running = runningServer(PORT);
  if (running) {
    console.log(`The dev server is already running (pid ${running}): ${url}\nStop it with \`npm stop\`.`);
    process.exit(0);
  }
  if (!(await portIsFree(PORT))) {
    console.error(
      `Port ${PORT} is taken by another program, so the dev server cannot start. Stop that program, ` +
        "or run a second server on another port with DEV_SERVER_PORT=3001 npm start (Excel loads the add-in from 3000).",
    );
    process.exit(1);
  }
  console.log(
    `Excel desktop does not run on ${process.platform}: starting the dev server on ${url}\n` +
      `Preview (the task pane beside a demo workbook): ${url}preview.html\n` +
      "In Excel on the web: open a workbook, Home > Add-ins > More add-ins > My add-ins > Upload My Add-in,\n" +
      "and choose manifest.xml. Stop with Ctrl+C or `npm stop`.",
  );
  // webpack itself, not through npx, so that the recorded pid is the server's
  const webpack = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const server = spawn(
    process.execPath,
    [webpack, "serve", "--mode", "development", "--env", "preview", "--port", PORT],
    { stdio: "inherit" },
  );
  writeFileSync(stateFile(PORT), String(server.pid));
  // whatever ends this script ends the server too: never an orphan the record does not name
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => {
    const file = stateFile(PORT);
    if (existsSync(file) && readFileSync(file, "utf8") === String(server.pid)) rmSync(file);
    process.exit(code ?? (signal ? 0 : 1));
  });
}

/** Whether nothing listens on the port (webpack-dev-server's own message would be a stack trace). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(Number(port));
  });
}
