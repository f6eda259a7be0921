import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'

// The parts of ECharts the dashboard draws with (registered once, for every chart of it): the
// rest of the library stays out of the bundle.
use([CanvasRenderer, BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent])

/** What every chart of the dashboard shares: the page's background shows through, bars grow in 0.3 s. */
export const BASE = { backgroundColor: 'transparent', animationDuration: 300, grid: { left: 60, right: 12, top: 36, bottom: 28 } }

/** The handle of a drawn chart that a click is read against (vue-echarts' component instance). */
export type ChartHandle = { containPixel: (f: string, p: number[]) => boolean; convertFromPixel: (f: object, p: number[]) => number | number[] }

/**
 * Calls open with the category whose column was clicked, anywhere in the plot: a bar may be a
 * sliver, or none at all, so its place along the axis says which. A click outside the plot (on
 * the legend, which hides a series) opens nothing.
 */
export function columnClicked(chart: ChartHandle | null, e: { offsetX: number; offsetY: number }, open: (index: number) => void) {
  const at = [e.offsetX, e.offsetY]
  if (!chart?.containPixel('grid', at)) return
  const x = chart.convertFromPixel({ seriesIndex: 0 }, at) // [category index, value]
  const index = Math.round(Array.isArray(x) ? x[0] : x)
  if (index >= 0) open(index)
}
