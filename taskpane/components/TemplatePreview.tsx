import {
  Badge,
  Caption1,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type Item, type StepKpiItem, type Template, isStepKpi } from "../../src/templates";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: 0 },
  section: { marginBlockStart: tokens.spacingVerticalM },
  anchors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  steps: { maxWidth: "16em" },
});

/** A threshold as the KPI's unit reads: 0.005 → "0.5%", 24 → "24 小时". */
function thresholdText(threshold: number, unit: string): string {
  return unit === "%" ? `${Number((threshold * 100).toPrecision(12))}%` : `${threshold} ${unit}`;
}

/** A step-scored KPI's table, best step first, with what is earned beyond every step. */
function StepTable({ item }: { item: StepKpiItem }) {
  const { t, lang } = useApp();
  const styles = useStyles();
  const lower = item.direction === "lower";
  const steps = [...item.steps].sort((a, b) => (lower ? a.threshold - b.threshold : b.threshold - a.threshold));
  const name = `${item.name[lang]} ${t.stepTable}`;
  return (
    <>
      <Table size="extra-small" aria-label={name} className={styles.steps}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.stepActual}</TableHeaderCell>
            <TableHeaderCell>{t.stepPoints}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {steps.map((step) => (
            <TableRow key={step.threshold}>
              <TableCell>
                {lower ? "≤" : "≥"} {thresholdText(step.threshold, item.unit[lang])}
              </TableCell>
              <TableCell>{step.points}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{t.stepBeyond(lower)}</Caption1>
    </>
  );
}

/** What the chosen template contains: sections, items, weights (seed or default), anchors, source. */
export function TemplatePreview({ template }: { template: Template }) {
  const { t, lang } = useApp();
  const styles = useStyles();
  const source = (fromSeed: boolean) => (
    <Badge appearance="outline" color={fromSeed ? "brand" : "informative"} size="small">
      {fromSeed ? t.fromSeed : t.projectDefault}
    </Badge>
  );
  const raters = template.raters.length
    ? template.raters.map((rater) => `${t.raterNames[rater.role]} ${rater.weight}%`).join(" · ")
    : t.noRaters;
  const kpiDetails = (item: Item & { kind: "kpi" }) => (
    <Caption1>{t.kpiDetails(item.unit[lang], item.direction === "higher" ? t.higherBetter : t.lowerBetter)}</Caption1>
  );
  const itemDetails = (item: Item) =>
    isStepKpi(item) ? (
      <>
        {kpiDetails(item)}
        <div>
          <Caption1>
            {t.stepTable} {source(item.stepsSource === "seed")}
          </Caption1>
          <StepTable item={item} />
        </div>
      </>
    ) : item.kind === "kpi" ? (
      kpiDetails(item)
    ) : item.anchors ? (
      <details>
        <summary>
          <Caption1>{t.anchors}</Caption1>
        </summary>
        <ul className={styles.anchors}>
          {(["A", "B", "C", "D"] as const).map((grade) => (
            <li key={grade}>
              <Caption1>
                {grade}
                {t.colon}
                {item.anchors![grade][lang]}
              </Caption1>
            </li>
          ))}
        </ul>
      </details>
    ) : null;
  return (
    <section aria-label={template.role[lang]}>
      <Subtitle1 as="h2">{template.role[lang]}</Subtitle1>
      <dl className={styles.facts}>
        <dt>{t.department}</dt>
        <dd>{template.department[lang]}</dd>
        <dt>{t.cycles}</dt>
        <dd>{template.cycles.map((cycle) => t.cycleNames[cycle]).join(" · ")}</dd>
        <dt>{t.raters}</dt>
        <dd>
          {raters} {template.raters.length > 0 && source(template.raterWeightsSource === "seed")}
        </dd>
        <dt>{t.sourceLabel}</dt>
        <dd>{t.source(template.seed)}</dd>
      </dl>
      {template.sections.map((section) => (
        <div key={section.id} className={styles.section}>
          <Caption1>
            {t.section}
            {t.colon}
            <strong>{section.name[lang]}</strong> {section.weight}% {source(section.weightSource === "seed")}
          </Caption1>
          <Table size="small" aria-label={section.name[lang]}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.item}</TableHeaderCell>
                <TableHeaderCell>{t.weight}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {section.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>
                    {item.name[lang]}
                    {itemDetails(item)}
                  </TableCell>
                  <TableCell>
                    {item.weight}% {source(item.weightSource === "seed")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
      {template.notes && (
        <details className={styles.section}>
          <summary>{t.notes}</summary>
          <Caption1>{template.notes[lang]}</Caption1>
        </details>
      )}
    </section>
  );
}
