// `npm start`: where Excel desktop runs (Windows, macOS) sideload the add-in with office-addin-debugging;
// elsewhere (Linux, CI) start the dev server with the in-browser preview, and say how to sideload
// into Excel on the web.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const DEV_SERVER_PORT = "3000";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (args) => spawn(npx, args, { stdio: "inherit", shell: process.platform === "win32" });

if (process.platform === "win32" || process.platform === "darwin") {
  const child = run([
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    DEV_SERVER_PORT,
  ]);
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Excel desktop does not run on ${process.platform}: starting the dev server on https://localhost:${DEV_SERVER_PORT}.\n` +
      `Preview (the task pane beside a demo workbook): https://localhost:${DEV_SERVER_PORT}/preview.html\n` +
      "In Excel on the web: open a workbook, Home > Add-ins > More add-ins > My add-ins > Upload My Add-in,\n" +
      "and choose manifest.xml. Stop with Ctrl+C or `npm stop`.",
  );
  // webpack itself, not through npx, so that `npm stop` can end it by its pid
  const webpack = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development", "--env", "preview"], {
    stdio: "inherit",
  });
  writeFileSync(".dev-server.pid", String(server.pid));
  server.on("exit", (code) => process.exit(code ?? 0));
}
