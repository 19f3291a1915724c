export * from './model';
export * from './metric-catalog';
export * from './roster';
export * from './similarity';
