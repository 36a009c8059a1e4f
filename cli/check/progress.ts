/** A one-line progress bar on a terminal's stderr; nothing when stderr is piped or redirected. */
import type { WriteStream } from "tty";
import { CLI_TEXT } from "../messages";
import type { Language } from "../../src";

const BAR = 24;

export interface Progress {
  update(index: number, total: number, path: string): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream, language: Language): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const terminal = stream as WriteStream;
  let shown = false;
  return {
    update(index, total, path) {
      if (total < 2) return;
      const filled = Math.round((index / total) * BAR);
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${CLI_TEXT[language].checking(index + 1, total, path)}`;
      terminal.write(`\r${line.slice(0, Math.max(10, (terminal.columns ?? 80) - 1))}\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) terminal.write("\r\x1b[K");
    },
  };
}
