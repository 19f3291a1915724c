// The template's table layout lives in libs/domain (the bureau's form and the generated report use it too).
export { table2, table3, table4, type Grid, type GridCell, type GridValues } from '@dh/domain';
