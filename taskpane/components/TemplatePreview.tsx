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
import type { Item, Template } from "../../src/templates";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: 0 },
  section: { marginBlockStart: tokens.spacingVerticalM },
  anchors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

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
  const itemDetails = (item: Item) =>
    item.kind === "kpi" ? (
      <Caption1>{t.kpiDetails(item.unit[lang], item.direction === "higher" ? t.higherBetter : t.lowerBetter)}</Caption1>
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
