export { default as FigureCharts } from './FigureCharts.astro';
export { default as FiguresTable } from './FiguresTable.astro';
export { default as HeadlineFigures } from './HeadlineFigures.astro';
export { default as KeyFiguresBox } from './KeyFiguresBox.astro';
