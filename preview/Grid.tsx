import { makeStyles, tokens } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { cell as addressOf, columnName, parseCell } from "../src/templates";
import { type FakeExcel, displayNumber } from "./fake-excel";

const MAX_ROWS = 200;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", fontSize: "12px" },
  bar: { display: "flex", gap: "4px", padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  nameBox: { width: "70px" },
  formula: { flexGrow: 1 },
  scroller: { flexGrow: 1, overflow: "auto" },
  table: { borderCollapse: "collapse", tableLayout: "fixed" },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    position: "sticky",
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    minWidth: "64px",
    maxWidth: "140px",
    height: "20px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right" },
  error: { color: tokens.colorPaletteRedForeground1 },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    background: tokens.colorBrandBackground2,
  },
  tabs: { display: "flex", gap: "2px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px" },
  tab: { border: "none", padding: "4px 10px", background: "transparent", cursor: "pointer" },
  activeTab: {
    background: tokens.colorNeutralBackground1,
    fontWeight: "bold",
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
  },
});

/** A cell as Excel shows it: numbers in their number format (two decimals when there is none). */
function shown(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") {
    if (format && format !== "General") return displayNumber(value, format);
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return String((value as { error: string }).error);
  return String(value);
}

/** A small spreadsheet view of the fake workbook: sheet tabs, a formula bar, the cells. */
export function Grid({ excel }: { excel: FakeExcel }) {
  const styles = useStyles();
  useSyncExternalStore(excel.subscribe, () => excel.version);
  const [draft, setDraft] = useState<string | null>(null);
  const sheet = excel.active;
  const selected = excel.selection?.sheet === sheet ? excel.selection.address.split(":")[0] : "A1";
  const engine = excel.engine;
  const { rows, columns } = sheet ? engine.extent(sheet) : { rows: 0, columns: 0 };
  const model = excel.sheets.find((s) => s.name === sheet);
  const select = (address: string) => {
    setDraft(null);
    excel.select(sheet, address);
  };
  const commit = () => {
    if (draft === null) return;
    excel.type(sheet, selected, [[draft]]); // read as Excel reads typing: numbers, dates, formulas
    setDraft(null);
  };
  const selectedContent = sheet ? engine.content(sheet, parseCell(selected).row, parseCell(selected).column) : null;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <input className={styles.nameBox} aria-label="Name box" value={selected} readOnly />
        <input
          className={styles.formula}
          aria-label="Formula bar"
          value={draft ?? String(selectedContent ?? "")}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
            if (event.key === "Escape") setDraft(null);
          }}
        />
      </div>
      <div className={styles.scroller}>
        <table className={styles.table} aria-label={sheet}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: Math.min(columns + 1, MAX_COLUMNS) }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.min(rows + 2, MAX_ROWS) }, (_, r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: Math.min(columns + 1, MAX_COLUMNS) }, (_, c) => {
                  const address = addressOf(r, c);
                  const value = engine.value(sheet, r, c);
                  const isError = value !== null && typeof value === "object" && "error" in value;
                  const classes = [
                    styles.cell,
                    typeof value === "number" && styles.number,
                    isError && styles.error,
                    address === selected && styles.selected,
                  ];
                  return (
                    <td
                      key={c}
                      data-address={address}
                      aria-selected={address === selected}
                      title={isError ? String((value as { message?: string }).message ?? "") : undefined}
                      className={classes.filter(Boolean).join(" ")}
                      onClick={() => select(address)}
                    >
                      {shown(value, model?.numberFormats.get(`${r},${c}`))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {excel.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheet}
            className={[styles.tab, s.name === sheet && styles.activeTab].filter(Boolean).join(" ")}
            onClick={() => excel.select(s.name, "A1")}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
