/** What a command may touch of the process: its output streams. Tests pass their own. */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** A command line the command cannot run: the message says why (exit code 2). */
export class UsageError extends Error {}
