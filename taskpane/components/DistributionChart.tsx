import { makeStyles, tokens } from "@fluentui/react-components";
import type { DistributionRow } from "../../src/distribution";

const BAR_HEIGHT = 10;
const ROW_HEIGHT = 30;
const WIDTH = 260;
/** Room right of the longest bar for its "actual/target" label. */
const COUNT_WIDTH = 44;

const useStyles = makeStyles({
  // Its own line, as wide as the pane allows (Excel opens task panes about 320 px wide), scaled
  // down as a whole so no label is cut off.
  chart: { display: "block", width: "100%", maxWidth: `${WIDTH}px`, height: "auto" },
});

/** About how wide a label is at 12 px: full-width characters (Chinese) take twice the room. */
const labelWidth = (text: string) => [...text].reduce((width, char) => width + (char > "\u2e7f" ? 12 : 7.5), 6);

/** Target against actual people per grade, as paired horizontal bars. */
export function DistributionChart({ rows, title }: { rows: DistributionRow[]; title: string }) {
  const styles = useStyles();
  const most = Math.max(1, ...rows.flatMap((row) => [row.count, row.targetCount]));
  const labels = Math.max(28, ...rows.map((row) => labelWidth(row.grade)));
  const scale = (n: number) => ((WIDTH - labels - COUNT_WIDTH) * n) / most;
  const height = rows.length * ROW_HEIGHT;
  return (
    <svg role="img" aria-label={title} className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`}>
      <title>{title}</title>
      {rows.map((row, i) => (
        <g key={row.grade} transform={`translate(0 ${i * ROW_HEIGHT + 4})`}>
          <text x={0} y={BAR_HEIGHT + 2} fontSize={12} fill={tokens.colorNeutralForeground1}>
            {row.grade}
          </text>
          <rect x={labels} y={0} height={BAR_HEIGHT} width={scale(row.targetCount)} fill={tokens.colorNeutralStroke1} />
          <rect
            x={labels}
            y={BAR_HEIGHT + 1}
            height={BAR_HEIGHT}
            width={scale(row.count)}
            fill={
              row.count === row.targetCount ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteRedBackground3
            }
          />
          <text
            x={labels + scale(Math.max(row.count, row.targetCount)) + 4}
            y={BAR_HEIGHT + 2}
            fontSize={11}
            fill={tokens.colorNeutralForeground2}
          >
            {row.count}/{row.targetCount}
          </text>
        </g>
      ))}
    </svg>
  );
}
