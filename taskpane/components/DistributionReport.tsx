import {
  Button,
  Caption1,
  Field,
  Input,
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
import { type CheckReport, type GroupReport, type RaterView, describeHint, describeVerdict } from "../../src/check";
import { type SheetReading, isErrorValue } from "../../src/reading";
import { display } from "../../src/cells";
import { normalizeFormula } from "../../src/normalize";
import { formatNumber } from "../../src/numeric";
import { type Host, columnName } from "../../src/templates";
import { useState } from "react";
import { useApp } from "./AppContext";
import { CellList } from "./CellList";
import { DistributionChart } from "./DistributionChart";

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalM },
  off: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hints: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  formula: { display: "flex", gap: tokens.spacingHorizontalS, minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
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

/** Per rater: people, mean, grade shares; a lenient or severe rater flagged (advisory, never blocking). */
function RaterTable({ view, formula }: { view: RaterView; formula?: string }) {
  const { t } = useApp();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const figure = (n: number | undefined) => (n === undefined ? "—" : formatNumber(Math.round(n * 10) / 10));
  return (
    <section className={styles.group} aria-label={t.raterView}>
      <Subtitle2 as="h3">{t.raterView}</Subtitle2>
      <Caption1>{t.ratersNote(view.basis, figure(view.mean), figure(view.sd))}</Caption1>
      <Table size="small" aria-label={t.raterView}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.rater}</TableHeaderCell>
            <TableHeaderCell>{t.ratedPeople}</TableHeaderCell>
            <TableHeaderCell>{t.mean}</TableHeaderCell>
            <TableHeaderCell>{t.gradeShares}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.raters.map((rater) => (
            <TableRow key={rater.rater}>
              <TableCell>
                {rater.rater}
                {rater.flag && <div className={styles.off}>{t.raterFlag(rater.flag, figure(rater.othersMean))}</div>}
              </TableCell>
              <TableCell>{rater.people}</TableCell>
              <TableCell>{figure(rater.mean)}</TableCell>
              <TableCell>{rater.counts.map((c) => `${c.grade} ${percent(c.share)}`).join(" · ")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {formula && (
        <Field label={t.normalizeHint} hint={copied ? t.formulaCopied : undefined}>
          <div className={styles.formula}>
            <Input readOnly value={formula} className={styles.grow} onFocus={(event) => event.target.select()} />
            <Button
              onClick={() =>
                navigator.clipboard?.writeText(formula).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t.copyFormula}
            </Button>
          </div>
        </Field>
      )}
    </section>
  );
}

/**
 * The calibration formula for the sheet read (=HR.NORMALIZE, or NORMALIZE in Google Sheets, over the final scores and the rater
 * column of the people's rows), offered to copy: the add-in never writes into the user's table.
 */
function calibrationFormula(reading: SheetReading, host: Host): string | undefined {
  if (reading.kind !== "table" || !reading.finalScore || !reading.rater || !reading.people.length) return undefined;
  const first = reading.people[0].row + 1;
  const last = reading.people[reading.people.length - 1].lastRow + 1;
  return normalizeFormula(columnName(reading.finalScore.index), columnName(reading.rater.index), first, last, host);
}

/** The verdict, the distribution per group and overall, the rater view and the cells to fix. */
export function DistributionReport({
  report,
  reading,
  raters,
  sheet,
}: {
  report: CheckReport;
  reading: SheetReading;
  raters?: RaterView;
  sheet: string;
}) {
  const { t, lang, host } = useApp();
  const judged = reading.kind === "table" || reading.kind === "form";
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
      {judged && report.overall.total > 0 && (
        <GroupTable report={report.overall} title={report.groups.length ? t.everyoneInfo : t.everyone} />
      )}
      {raters && <RaterTable view={raters} formula={calibrationFormula(reading, host)} />}
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
      {/* #NAME? right after an insert: Excel has not loaded the add-in's functions yet, not a wrong grade */}
      {report.errors.some((cell) => cell.error === "#NAME?") && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.functionsNotLoaded}</MessageBarBody>
        </MessageBar>
      )}
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
