import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useApp } from "./AppContext";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

export interface CellItem {
  address: string;
  detail?: string;
}

/** Addresses the user can click to select the cell in the sheet. */
export function CellList({ title, sheet, cells }: { title: string; sheet: string; cells: CellItem[] }) {
  const { t, gateway } = useApp();
  const styles = useStyles();
  if (!cells.length) return null;
  return (
    <section aria-label={title}>
      <Caption1 as="h4">
        {title} ({cells.length})
      </Caption1>
      <ul className={styles.list}>
        {cells.map((cell) => (
          <li key={cell.address}>
            <Link
              as="button"
              aria-label={t.selectCell(cell.address)}
              onClick={() => void gateway.select(sheet, cell.address)}
            >
              {cell.address}
            </Link>
            {cell.detail !== undefined && <Caption1> {cell.detail}</Caption1>}
          </li>
        ))}
      </ul>
    </section>
  );
}
