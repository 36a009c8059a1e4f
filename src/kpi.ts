/** KPI points: DOMAIN §3 HR.KPISCORE. Achievement against a target, gated by a floor, capped. */
import { type Cell, display, isBlank, normalizeText, readRatio } from "./cells";
import { invalid, notAvailable } from "./errors";
import { formatNumber, round9 } from "./numeric";

export type Direction = "higher" | "lower";

/** Words accepted for a direction, after trimming, NFKC and lower-casing. */
const DIRECTION_WORDS: Record<string, Direction> = {
  higher: "higher",
  高: "higher",
  越高越好: "higher",
  "1": "higher",
  lower: "lower",
  低: "lower",
  越低越好: "lower",
  "-1": "lower",
};

export function readDirection(cell: Cell): Direction {
  if (isBlank(cell)) return "higher";
  const key =
    typeof cell === "number" ? String(cell) : typeof cell === "string" ? normalizeText(cell).toLowerCase() : "";
  const direction = DIRECTION_WORDS[key];
  if (!direction) throw invalid("kpiDirection", { value: display(cell) });
  return direction;
}

export interface KpiRule {
  direction: Direction;
  /** Achievement below the floor earns 0 points (the gate), e.g. 0.6. */
  floor: number;
  /** Achievement above the cap counts as the cap, e.g. 1 or 1.2. */
  cap: number;
}

const DEFAULT_KPI_RULE: KpiRule = { direction: "higher", floor: 0, cap: 1 };

/** Reads direction, floor and cap cells (blank → default) and checks 0 ≤ floor ≤ cap, cap > 0. */
export function readKpiRule(direction: Cell, floor: Cell, cap: Cell): KpiRule {
  const limit = (cell: Cell, field: "floor" | "cap", fallback: number) => {
    if (isBlank(cell)) return fallback;
    const value = readRatio(cell);
    if (value === undefined) throw invalid("kpiLimitNotNumber", { field, value: display(cell) });
    return value;
  };
  const rule = {
    direction: readDirection(direction),
    floor: limit(floor, "floor", DEFAULT_KPI_RULE.floor),
    cap: limit(cap, "cap", DEFAULT_KPI_RULE.cap),
  };
  if (rule.cap <= 0) throw invalid("kpiCapNotPositive", { value: formatNumber(rule.cap) });
  if (rule.floor < 0 || rule.floor > rule.cap) {
    throw invalid("kpiFloorRange", { floor: formatNumber(rule.floor), cap: formatNumber(rule.cap) });
  }
  return rule;
}

/** Achievement r: actual ÷ target, or 1 + (target − actual) ÷ |target| when lower is better. */
export function achievement(actual: number, target: number, direction: Direction): number {
  if (direction === "higher") {
    if (!(target > 0)) throw invalid("kpiTargetNotPositive", { value: formatNumber(target) });
    return actual / target;
  }
  if (target === 0) throw invalid("kpiTargetZero");
  return 1 + (target - actual) / Math.abs(target);
}

/** Points = (r < floor ? 0 : min(max(r, 0), cap)) × 100, rounded to 9 decimals. */
export function kpiPoints(actualCell: Cell, targetCell: Cell, rule: KpiRule = DEFAULT_KPI_RULE): number {
  const value = (cell: Cell, field: "actual" | "target") => {
    if (isBlank(cell)) throw notAvailable(field === "actual" ? "kpiNoActual" : "kpiNoTarget");
    const number = readRatio(cell);
    if (number === undefined) throw invalid("kpiNotNumber", { field, value: display(cell) });
    return number;
  };
  const r = achievement(value(actualCell, "actual"), value(targetCell, "target"), rule.direction);
  // The gate compares the 9-decimal achievement, so float noise cannot drop 60% below a 60% floor.
  const counted = round9(r) < rule.floor ? 0 : Math.min(Math.max(r, 0), rule.cap);
  return round9(counted * 100);
}
