/** Running the command line in-process, with its output captured, and fixtures for it. */
import { createHash } from "crypto";
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { Writable } from "stream";
import { main } from "../../cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it; `isTTY` as a terminal or a pipe would say. */
function capture(isTTY = false, columns = 100) {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream: Object.assign(stream, { isTTY, columns }) as unknown as NodeJS.WriteStream, text: () => text };
}

/** Runs `hr-appraisal …args` in this process; English unless the environment or --lang says otherwise. */
export async function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<CliRun> {
  const stdout = capture();
  const stderr = capture(options.tty);
  const code = await main(
    args,
    { stdout: stdout.stream, stderr: stderr.stream },
    options.env ?? { LANG: "en_US.UTF-8" },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every file under a folder with its SHA-256 and modification time: inputs must come out unchanged. */
export function fingerprint(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else result[path] = `${createHash("sha256").update(readFileSync(path)).digest("hex")} ${statSync(path).mtimeMs}`;
    }
  };
  walk(folder);
  return result;
}
