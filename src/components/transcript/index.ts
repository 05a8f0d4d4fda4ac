export { default as Credit } from './Credit.astro';
export { default as Fix } from './Fix.astro';
export { default as Para } from './Para.astro';
export { default as QA } from './QA.astro';
export { default as Turn } from './Turn.astro';
