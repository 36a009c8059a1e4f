/** Markdown tables and the number formats they use, aligned so the console output reads as well. */

export type Align = "left" | "right";

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const pad = (cell: string, column: number) =>
    align[column] === "right" ? cell.padStart(widths[column]) : cell.padEnd(widths[column]);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(" | ")} |`;
  const dashes = (width: number, column: number) =>
    align[column] === "right" ? `${"-".repeat(width - 1)}:` : "-".repeat(width);
  return [line(header), line(widths.map(dashes)), ...rows.map(line)].join("\n");
}

/** Three significant digits, without exponent notation. */
function threeDigits(x: number): string {
  return x >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

/** Row counts as people say them: 10k, 100k, 1M. */
export function formatCount(n: number): string {
  return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

/** The thresholds are 999.5, not 1000: 999.7 k rounds to 1.00 M, not "1000 k". */
const NEXT_UNIT = 999.5;

/** A rate such as 12.3 M (per second). */
export function formatRate(perSecond: number): string {
  if (perSecond >= NEXT_UNIT * 1e3) return `${threeDigits(perSecond / 1e6)} M`;
  if (perSecond >= NEXT_UNIT) return `${threeDigits(perSecond / 1e3)} k`;
  return threeDigits(perSecond);
}

export function formatDuration(ms: number): string {
  return ms >= NEXT_UNIT ? `${threeDigits(ms / 1000)} s` : `${threeDigits(ms)} ms`;
}

/** A time ratio: 3.1× below ten, whole numbers above. */
export function formatRatio(ratio: number): string {
  return `${ratio >= 9.95 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}
