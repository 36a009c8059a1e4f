/**
 * A sheet plan applied to the test formula engine (HyperFormula with the built HR functions),
 * as the Office.js gateway and the .xlsx writer apply it: header writes, the scale name, the table.
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG, plainValue } from "./formula-engine";
import { type Content, type SheetPlan, parseCell, tableRow } from "../../src/templates";

export interface AppliedSheet {
  engine: HyperFormula;
  sheet: number;
  /** Sets a cell by 0-based data row (employee index) and table column. */
  setInput(employee: number, column: number, value: unknown): void;
  /** A table cell's value, or { error, message }. */
  valueAt(employee: number, column: number): unknown;
  valueOfAddress(address: string): unknown;
  setAddress(address: string, value: unknown): void;
}

export function applyPlan(plan: SheetPlan): AppliedSheet {
  const engine = HyperFormula.buildEmpty(ENGINE_CONFIG);
  const name = engine.addSheet(plan.sheetName);
  const sheet = engine.getSheetId(name)!;
  const quoted = `'${plan.sheetName.replace(/'/g, "''")}'`;
  for (const named of plan.names) engine.addNamedExpression(named.name, `=${quoted}!${named.address}`, sheet);

  const grid: Content[][] = [];
  const place = (row: number, column: number, content: Content) => {
    grid[row] ??= [];
    grid[row][column] = content;
  };
  for (const write of plan.writes) {
    const start = parseCell(write.address.split(":")[0]);
    write.contents.forEach((cells, r) =>
      cells.forEach((content, c) => place(start.row + r, start.column + c, content)),
    );
  }
  plan.table.columns.forEach((column, c) => place(plan.table.headerRow, c, column.header));
  // Text cells stay text, as the plan's writers format them: HyperFormula's ' prefix says so.
  for (const address of plan.texts) {
    const [first, last = first] = address.split(":").map(parseCell);
    for (let row = first.row; row <= last.row; row++)
      for (let column = first.column; column <= last.column; column++) {
        const content = grid[row]?.[column];
        if (typeof content === "string") place(row, column, `'${content}`);
      }
  }
  for (let i = 0; i < plan.table.rows; i++) {
    tableRow(plan, i).forEach((content, c) => place(plan.table.headerRow + 1 + i, c, content));
  }
  const width = Math.max(...Array.from(grid, (row) => row?.length ?? 0));
  const rows = Array.from({ length: grid.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null),
  );
  engine.setSheetContent(sheet, rows as never);

  const at = (row: number, col: number) => ({ sheet, row, col });
  const firstData = plan.table.headerRow + 1;
  return {
    engine,
    sheet,
    setInput: (employee, column, value) => engine.setCellContents(at(firstData + employee, column), [[value as never]]),
    valueAt: (employee, column) => plainValue(engine.getCellValue(at(firstData + employee, column))),
    valueOfAddress: (address) => {
      const { row, column } = parseCell(address);
      return plainValue(engine.getCellValue(at(row, column)));
    },
    setAddress: (address, value) => {
      const { row, column } = parseCell(address);
      engine.setCellContents(at(row, column), [[value as never]]);
    },
  };
}
