import { tokens } from "@fluentui/react-components";
import type { DistributionRow } from "../../src/distribution";

const BAR_HEIGHT = 10;
const ROW_HEIGHT = 30;
const LABEL_WIDTH = 28;
const WIDTH = 260;

/** Target against actual people per grade, as paired horizontal bars. */
export function DistributionChart({ rows, title }: { rows: DistributionRow[]; title: string }) {
  const most = Math.max(1, ...rows.flatMap((row) => [row.count, row.targetCount]));
  const scale = (n: number) => ((WIDTH - LABEL_WIDTH - 24) * n) / most;
  return (
    <svg
      role="img"
      aria-label={title}
      width={WIDTH}
      height={rows.length * ROW_HEIGHT}
      viewBox={`0 0 ${WIDTH} ${rows.length * ROW_HEIGHT}`}
    >
      <title>{title}</title>
      {rows.map((row, i) => (
        <g key={row.grade} transform={`translate(0 ${i * ROW_HEIGHT + 4})`}>
          <text x={0} y={BAR_HEIGHT + 2} fontSize={12} fill={tokens.colorNeutralForeground1}>
            {row.grade}
          </text>
          <rect
            x={LABEL_WIDTH}
            y={0}
            height={BAR_HEIGHT}
            width={scale(row.targetCount)}
            fill={tokens.colorNeutralStroke1}
          />
          <rect
            x={LABEL_WIDTH}
            y={BAR_HEIGHT + 1}
            height={BAR_HEIGHT}
            width={scale(row.count)}
            fill={
              row.count === row.targetCount ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteRedBackground3
            }
          />
          <text
            x={LABEL_WIDTH + scale(Math.max(row.count, row.targetCount)) + 4}
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
