// Public entry of the parser. Filled in by the parser stages.
export {};
