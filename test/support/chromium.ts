/**
 * Debian's Chromium for the browser tests, or an error that says what is missing and how to
 * install it: the browser itself, or a CJK font (without one, Chinese renders as boxes and the
 * screenshots the README shows would be overwritten with them).
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";

const INSTALL = "install it with `scripts/install-system-deps.sh` (what .ci/run does)";

/** The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is needed for this test and ${path} does not exist: ${INSTALL}, or \`apt-get install chromium\`; ` +
        "elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  if (process.platform === "linux") {
    const fonts = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
    if (fonts.error || !fonts.stdout.trim()) {
      throw new Error(
        `A CJK font is needed for this test and \`fc-list :lang=zh\` lists none: ${INSTALL}, or ` +
          "`apt-get install fonts-wqy-zenhei`.",
      );
    }
  }
  return path;
}
