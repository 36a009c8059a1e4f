/**
 * Column widths. A plan gives them as .xlsx files store them (ECMA-376 Part 1, §18.3.1.13, the
 * `width` of `col`): in characters of the default font's widest digit, padding included, which is
 * what the .xlsx writer passes on. Office.js sets widths in points (RangeFormat.columnWidth). Excel
 * draws a column Truncate(((256 × width + Truncate(128 / 7)) / 256) × 7) pixels wide, with the
 * 7-pixel digit of its default fonts (Calibri 11, Aptos Narrow 11), and a pixel is 0.75 point at
 * 96 dpi: the default 8.43-character column (width 9.140625) is 64 px, 48 pt — about 5.7 points
 * per character, not 7.
 */
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/** The width in points Office.js must set for a column of `width` (.xlsx units). */
export function columnWidthPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}
