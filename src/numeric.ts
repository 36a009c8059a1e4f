/** Floating-point helpers that keep results stable: exact sums and the contract's 9-decimal rounding. */

/**
 * Rounds to 9 decimal places, half away from zero, as Excel's ROUND(x, 9).
 * This is what keeps floating-point noise (89.99999999999999) from changing a grade.
 */
export function round9(x: number): number {
  const scaled = Math.abs(x) * 1e9;
  let rounded = Math.round(scaled);
  // Near a half-way point, decide on the 15 significant digits a spreadsheet keeps, as ROUND does:
  // 1.0000000005 is stored as 1.00000000049999…, yet rounds up.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-4) rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * rounded) / 1e9 + 0;
}

/** Scratch space for exactSum: reused, as sums run one at a time and this sits on the hot path. */
const partials: number[] = [];

/**
 * The correctly rounded sum of the first `count` values (Shewchuk's algorithm, as Python's
 * math.fsum). Unlike a running sum, its result does not depend on the order of the values.
 */
export function exactSum(values: readonly number[], count = values.length): number {
  let size = 0;
  for (let k = 0; k < count; k++) {
    let x = values[k];
    let kept = 0;
    for (let j = 0; j < size; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    partials[kept] = x;
    size = kept + 1;
  }
  let n = size;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-way case: the partials below decide which way to round.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** A number as messages show it: at most 9 decimals, no float noise. */
export function formatNumber(x: number): string {
  return String(round9(x));
}
