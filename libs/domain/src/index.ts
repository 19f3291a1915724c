export * from './model';
export * from './metric-catalog';
export * from './roster';
export * from './finding-titles';
export * from './agency-types';
export * from './similarity';
export * from './compare-table';
export * from './templates';
