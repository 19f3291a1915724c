export * from './model';
export * from './metric-catalog';
