// Public entry of the parser.
export { parseReport, parseTextOrHtml, type ParseInput } from './parse-report';
export { ReportReadError, type ReportReadReason } from './errors';
export { decodeBytes, type Decoded } from './decode/decode-bytes';
export { extractHtml } from './extract/html';
export { extractText } from './extract/text';
export type { Block, Extracted, Row } from './extract/types';
export { parseCellValue, type CellValue } from './normalize/value';
export { checkArithmetic } from './validate/arithmetic';
export { checkYearTemplate, YEAR_TEMPLATE_CODES } from './validate/year-template';
export { runParseCommand, type ParseCommandIo } from './cli/parse-command';
