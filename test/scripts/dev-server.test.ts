/**
 * `npm start` / `npm stop` on Linux, as a user runs them: the dev server answers at its root with
 * a page linking the task pane and the preview, a second `npm start` finds the first server
 * instead of orphaning it, and `npm stop` ends the server and frees the port. A spare port
 * (DEV_SERVER_PORT) keeps the test clear of a server the developer runs on 3000.
 */
import { type ChildProcess, spawn, spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { get } from "https";
import { type AddressInfo, createServer } from "net";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

jest.setTimeout(300_000);

let port: string;
let env: NodeJS.ProcessEnv;
let first: ChildProcess | undefined;
let firstOutput = "";

/** A port nothing listens on now. */
function sparePort(): Promise<string> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(String(port)));
    });
  });
}

/** GET over https from the dev server (its certificate is the untrusted development one here). */
function fetchPage(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: "localhost", port, path, rejectUnauthorized: false, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

async function waitForServer(deadline = Date.now() + 240_000): Promise<{ status: number; body: string }> {
  for (;;) {
    try {
      return await fetchPage("/");
    } catch (error) {
      if (Date.now() > deadline || first?.exitCode !== null) {
        throw new Error(`the dev server did not answer: ${String(error)}\n${firstOutput}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const runNpm = (script: string) => {
  const result = spawnSync(npm, [script, "--silent"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, output: result.stdout + result.stderr };
};

const stateFile = () => join(ROOT, `.dev-server-${port}.pid`);

beforeAll(async () => {
  port = await sparePort();
  env = { ...process.env, DEV_SERVER_PORT: port };
});

afterAll(() => {
  runNpm("stop");
  if (first && first.exitCode === null) first.kill("SIGKILL");
});

test("a port another program holds is named, and nothing is recorded", async () => {
  const holder = createServer().listen(Number(port));
  await new Promise((resolve) => holder.once("listening", resolve));
  try {
    const run = runNpm("start");
    expect(run.code).toBe(1);
    expect(run.output).toContain(`Port ${port} is taken by another program`);
    expect(existsSync(stateFile())).toBe(false);
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});

test("a stale record (the server died without npm stop) is cleared by npm stop", () => {
  const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
  writeFileSync(stateFile(), String(dead));
  expect(runNpm("stop").output).toContain("Nothing to stop");
  expect(existsSync(stateFile())).toBe(false);
});

test("npm start serves the start page, the task pane and the preview; a second start finds it; npm stop ends it", async () => {
  first = spawn(npm, ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  first.stdout?.on("data", (chunk) => (firstOutput += chunk));
  first.stderr?.on("data", (chunk) => (firstOutput += chunk));
  const exited = new Promise<number | null>((resolve) => first?.on("exit", resolve));

  const root = await waitForServer();
  expect(root.status).toBe(200);
  expect(root.body).toContain('<a href="taskpane.html">');
  expect(root.body).toContain('<a href="preview.html">');
  // The task pane loads office.js from Microsoft's CDN; the preview, the npm copy the server serves.
  const taskPane = await fetchPage("/taskpane.html");
  expect([taskPane.status, taskPane.body]).toEqual([
    200,
    expect.stringContaining('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"'),
  ]);
  const preview = await fetchPage("/preview.html");
  expect([preview.status, preview.body]).toEqual([200, expect.stringContaining("preview.js")]);
  expect(preview.body).toContain('src="office-js/office.js"');
  expect((await fetchPage("/office-js/office.js")).status).toBe(200);

  const pid = Number(readFileSync(stateFile(), "utf8"));
  const second = runNpm("start");
  expect(second).toEqual({ code: 0, output: expect.stringContaining(`already running (pid ${pid})`) });
  expect((await fetchPage("/")).status).toBe(200);

  const stop = runNpm("stop");
  expect(stop).toEqual({
    code: 0,
    output: expect.stringContaining(`Stopped the dev server on port ${port} (pid ${pid})`),
  });
  await exited;
  expect(() => process.kill(pid, 0)).toThrow();
  await expect(fetchPage("/")).rejects.toThrow(/ECONNREFUSED/);
  expect(existsSync(stateFile())).toBe(false);
  expect(runNpm("stop").output).toContain("Nothing to stop");
});
