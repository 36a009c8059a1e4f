import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type CheckReport, type GroupReport, describeHint, describeVerdict, isErrorValue } from "../../src/check";
import { display } from "../../src/cells";
import { formatNumber } from "../../src/numeric";
import { useApp } from "./AppContext";
import { CellList } from "./CellList";
import { DistributionChart } from "./DistributionChart";

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalM },
  off: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hints: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const percent = (fraction: number) => `${formatNumber(Math.round(fraction * 1000) / 10)}%`;

function GroupTable({ report, title }: { report: GroupReport; title: string }) {
  const { t, lang } = useApp();
  const styles = useStyles();
  const exact = report.limits.every((limit, i) => limit.low === limit.high && limit.low === report.rows[i].targetCount);
  return (
    <section className={styles.group} aria-label={title}>
      <Subtitle2 as="h3">
        {title} · {t.people(report.total)}
      </Subtitle2>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.grade}</TableHeaderCell>
            <TableHeaderCell>{exact ? t.target : t.allowed}</TableHeaderCell>
            <TableHeaderCell>{t.actual}</TableHeaderCell>
            <TableHeaderCell>{t.targetShare}</TableHeaderCell>
            <TableHeaderCell>{t.actualShare}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.rows.map((row, i) => {
            const { low, high } = report.limits[i];
            const off = row.count < low || row.count > high;
            return (
              <TableRow key={row.grade}>
                <TableCell>{row.grade}</TableCell>
                <TableCell>{low === high ? low : `${low}–${high}`}</TableCell>
                <TableCell className={off ? styles.off : undefined}>{row.count}</TableCell>
                <TableCell>{percent(row.targetShare)}</TableCell>
                <TableCell>{percent(row.actualShare)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <DistributionChart rows={report.rows} title={t.chartTitle(title)} />
      {report.hints.length ? (
        <>
          <Caption1>{t.moves}</Caption1>
          <ul className={styles.hints}>
            {report.hints.map((hint) => (
              <li key={`${hint.from}-${hint.to}`}>{describeHint(hint, lang)}</li>
            ))}
          </ul>
        </>
      ) : (
        report.violations.length === 0 && <Caption1>{t.onTarget}</Caption1>
      )}
    </section>
  );
}

/** The verdict, the distribution per group and overall, and the cells to fix. */
export function DistributionReport({ report, sheet }: { report: CheckReport; sheet: string }) {
  const { t, lang } = useApp();
  const intent = report.ready ? (report.advisory && report.overall.violations.length ? "warning" : "success") : "error";
  return (
    <div>
      <MessageBar intent={intent} role="status">
        <MessageBarBody>
          <MessageBarTitle>{describeVerdict(report, lang)}</MessageBarTitle>
          {report.advisory && t.advisoryNote}
        </MessageBarBody>
      </MessageBar>
      {report.groups.map((group) => (
        <GroupTable key={group.group} report={group} title={group.group || "—"} />
      ))}
      <GroupTable report={report.overall} title={report.groups.length ? t.everyoneInfo : t.everyone} />
      <CellList
        title={t.invalidCells}
        sheet={sheet}
        cells={report.invalid.map((cell) => ({ address: cell.address, detail: `“${display(cell.value)}”` }))}
      />
      <CellList title={t.missingGrades} sheet={sheet} cells={report.missing.map((address) => ({ address }))} />
      <CellList
        title={t.errorCells}
        sheet={sheet}
        cells={report.errors.map((cell) => ({ address: cell.address, detail: cell.error }))}
      />
      <CellList
        title={t.weightRows}
        sheet={sheet}
        cells={report.weights.map((cell) => ({
          address: cell.address,
          detail: isErrorValue(cell.total)
            ? cell.total.error
            : typeof cell.total === "number"
              ? percent(cell.total)
              : display(cell.total),
        }))}
      />
    </div>
  );
}
