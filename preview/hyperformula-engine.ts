/** The preview's workbook cells, computed by HyperFormula with the HR functions registered. */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { CellEngine, Stored } from "./fake-excel";
import { ENGINE_CONFIG } from "./hyperformula-hr";

export class HyperFormulaEngine implements CellEngine {
  readonly hf = HyperFormula.buildEmpty(ENGINE_CONFIG);

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  }

  addSheet(sheet: string) {
    this.hf.addSheet(sheet);
  }
  removeSheet(sheet: string) {
    this.hf.removeSheet(this.id(sheet));
  }
  renameSheet(sheet: string, name: string) {
    this.hf.renameSheet(this.id(sheet), name);
  }
  setContent(sheet: string, row: number, col: number, content: Stored, text = false) {
    // HyperFormula reads a leading apostrophe as "this is text", as Excel's formula bar does.
    const raw = content === "" ? null : text && typeof content === "string" ? `'${content}` : content;
    this.hf.setCellContents({ sheet: this.id(sheet), row, col }, [[raw]]);
  }
  addName(sheet: string, name: string, address: string) {
    this.hf.addNamedExpression(name, `='${sheet.replace(/'/g, "''")}'!${address}`, this.id(sheet));
  }
  content(sheet: string, row: number, col: number): Stored {
    const serialized = this.hf.getCellSerialized({ sheet: this.id(sheet), row, col });
    return serialized === null || serialized === undefined ? null : (serialized as Stored);
  }
  value(sheet: string, row: number, col: number): unknown {
    const value = this.hf.getCellValue({ sheet: this.id(sheet), row, col });
    return value instanceof DetailedCellError ? { error: value.value, message: value.message } : value;
  }
  extent(sheet: string) {
    const { width, height } = this.hf.getSheetDimensions(this.id(sheet));
    return { rows: height, columns: width };
  }
}
