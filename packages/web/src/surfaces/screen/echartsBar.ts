import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts of ECharts a bar chart needs: imported by name so the rest is left out of the
// build, and loaded (as a separate chunk) by the screen's chart alone.
use([BarChart, GridComponent, LegendComponent, CanvasRenderer]);

export { init };
