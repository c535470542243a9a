import { salaryChart, type ChartGroup, type SalaryRow } from './chart'

/** Vertical layout in pixels; horizontal positions are percentages, so the chart fits any width with text at its size. */
const TOP_PADDING = 4
const ROW_HEIGHT = 54
const LABEL_BASELINE = 18
const BAR_Y = 28
const BAR_HEIGHT = 10
const AXIS_HEIGHT = 26

export const chartHeight = (rows: number) => TOP_PADDING + rows * ROW_HEIGHT + AXIS_HEIGHT

const percent = (value: number) => `${value}%`

function Group({ group, id }: { group: ChartGroup; id: string }) {
  const height = chartHeight(group.ranges.length)
  const plotBottom = TOP_PADDING + group.ranges.length * ROW_HEIGHT
  return (
    <div className="salary-chart__group">
      {/* Text in HTML, not the SVG, so that a long unit wraps on a phone instead of running off the chart;
          the chart's title says the same to assistive technology. */}
      <p className="salary-chart__unit" aria-hidden="true">
        {group.unit}
      </p>
      <svg
        className="salary-chart__svg"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        width="100%"
        height={height}
      >
        <title id={`${id}-title`}>{group.title}</title>
        <desc id={`${id}-desc`}>{group.description}</desc>
        {group.ticks.map((tick, index) => (
          <g key={tick.value}>
            <line
              className="salary-chart__grid"
              x1={percent(tick.at)}
              x2={percent(tick.at)}
              y1={TOP_PADDING}
              y2={plotBottom + 4}
            />
            <text
              className="salary-chart__tick"
              x={percent(tick.at)}
              y={height - 6}
              textAnchor={index === 0 ? 'start' : index === group.ticks.length - 1 ? 'end' : 'middle'}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {group.ranges.map((range, index) => {
          const top = TOP_PADDING + index * ROW_HEIGHT
          const middle = top + BAR_Y + BAR_HEIGHT / 2
          return (
            <g key={`${range.region}-${index}`} className="salary-chart__row">
              <text className="salary-chart__region" x="0" y={top + LABEL_BASELINE}>
                {range.region}
              </text>
              <text className="salary-chart__amount" x="100%" y={top + LABEL_BASELINE} textAnchor="end">
                {range.label}
              </text>
              <rect
                className="salary-chart__track"
                x="0"
                y={top + BAR_Y}
                width="100%"
                height={BAR_HEIGHT}
                rx={BAR_HEIGHT / 2}
              />
              <rect
                className="salary-chart__bar"
                x={percent(range.from)}
                y={top + BAR_Y}
                width={percent(Math.max(0, range.to - range.from))}
                height={BAR_HEIGHT}
                rx={BAR_HEIGHT / 2}
              />
              <circle className="salary-chart__end" cx={percent(range.from)} cy={middle} r={BAR_HEIGHT / 2 + 2} />
              {range.to !== range.from ? (
                <circle className="salary-chart__end" cx={percent(range.to)} cy={middle} r={BAR_HEIGHT / 2 + 2} />
              ) : null}
            </g>
          )
        })}
      </svg>
    </div>
  )
}

/**
 * The salary block's ranges as horizontal bars, one chart per currency and period, drawn on the
 * server (no script). Each chart is an image with a name and a description in words; the table
 * beside it stays the data a screen reader reads.
 */
export function SalaryChart({
  rows,
  heading,
  id,
}: {
  rows: SalaryRow[] | null | undefined
  heading: string
  id: string
}) {
  const groups = salaryChart(rows, heading)
  if (groups.length === 0) return null
  return (
    <div className="salary-chart">
      {groups.map((group, index) => (
        <Group key={`${group.currency}-${group.period}`} group={group} id={`${id}-chart-${index + 1}`} />
      ))}
    </div>
  )
}
