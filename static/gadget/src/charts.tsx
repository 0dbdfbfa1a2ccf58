/**
 * The gadget's charts, in SVG with visx (scales and shapes only; React renders the SVG). Colours are Atlassian
 * design tokens (`--ds-chart-*`), so the host's light or dark theme applies without a line of theme code.
 */
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear, scaleOrdinal } from '@visx/scale';
import { Bar, BarStack } from '@visx/shape';

const WIDTH = 480;
const MARGIN = { top: 8, right: 8, bottom: 28, left: 36 };

/** Categorical chart colours (tokens with their light-theme values as fallbacks). */
export const CATEGORICAL = [
  'var(--ds-chart-categorical-1, #2898bd)',
  'var(--ds-chart-categorical-2, #5d1f1a)',
  'var(--ds-chart-categorical-3, #d97008)',
  'var(--ds-chart-categorical-4, #943d73)',
  'var(--ds-chart-categorical-5, #09326c)',
  'var(--ds-chart-categorical-6, #8f7ee7)',
  'var(--ds-chart-categorical-7, #50253f)',
  'var(--ds-chart-categorical-8, #a54900)',
];
const AXIS = 'var(--ds-text-subtle, #44546f)';
const tickProps = () => ({ fill: AXIS, fontSize: 10 });

export interface Series {
  key: string;
  label: string;
}

/** Escalations per week, stacked by reason. */
export function WeeklyStack({
  weeks,
  series,
  values,
  weekLabel,
}: {
  weeks: string[];
  series: Series[];
  values: (week: string, key: string) => number;
  weekLabel: (week: string) => string;
}) {
  const height = 200;
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const rows = weeks.map((w) => ({ week: w, ...Object.fromEntries(series.map((s) => [s.key, values(w, s.key)])) }));
  const max = Math.max(1, ...weeks.map((w) => series.reduce((sum, s) => sum + values(w, s.key), 0)));
  const x = scaleBand<string>({ domain: weeks, range: [0, innerW], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerH, 0], nice: true });
  const color = scaleOrdinal<string, string>({ domain: series.map((s) => s.key), range: CATEGORICAL });
  const every = Math.ceil(weeks.length / 8);
  return (
    <figure className="gadget-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-hidden="true" className="gadget-svg">
        <Group left={MARGIN.left} top={MARGIN.top}>
          <BarStack data={rows} keys={series.map((s) => s.key)} x={(d) => d.week} xScale={x} yScale={y} color={color}>
            {(stacks) =>
              stacks.map((stack) =>
                stack.bars.map((bar) => (
                  <rect
                    key={`${stack.index}-${bar.index}`}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={Math.max(0, bar.height)}
                    fill={bar.color}
                  />
                )),
              )
            }
          </BarStack>
          <AxisLeft scale={y} numTicks={4} stroke={AXIS} tickStroke={AXIS} tickLabelProps={tickProps} />
          <AxisBottom
            top={innerH}
            scale={x}
            stroke={AXIS}
            tickStroke={AXIS}
            tickValues={weeks.filter((_, i) => i % every === 0)}
            tickFormat={weekLabel}
            tickLabelProps={tickProps}
          />
        </Group>
      </svg>
      <Legend series={series} />
    </figure>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="gadget-legend">
      {series.map((s, i) => (
        <li key={s.key}>
          <span className="gadget-swatch" style={{ background: CATEGORICAL[i % CATEGORICAL.length] }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Horizontal bars with their labels and values, e.g. the top 5 request types or the median durations. */
export function HorizontalBars({
  items,
  format = String,
}: {
  items: { label: string; value: number; series?: number }[];
  format?: (value: number) => string;
}) {
  const rowH = 22;
  const labelW = 200;
  const valueW = 64;
  const height = Math.max(rowH, items.length * rowH);
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...items.map((i) => i.value))],
    range: [0, WIDTH - labelW - valueW],
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-hidden="true" className="gadget-svg">
      {items.map((item, i) => (
        <Group key={`${item.label}-${i}`} top={i * rowH}>
          <text x={labelW - 6} y={rowH / 2} dy="0.33em" textAnchor="end" fill={AXIS} fontSize={11}>
            {item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label}
          </text>
          <Bar
            x={labelW}
            y={3}
            width={x(item.value)}
            height={rowH - 6}
            fill={CATEGORICAL[(item.series ?? 0) % CATEGORICAL.length]}
          />
          <text x={labelW + x(item.value) + 4} y={rowH / 2} dy="0.33em" fill={AXIS} fontSize={11}>
            {format(item.value)}
          </text>
        </Group>
      ))}
    </svg>
  );
}
