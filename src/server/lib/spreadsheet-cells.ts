// Cells for a CSV a spreadsheet opens. A spreadsheet runs a cell starting with = + - @ (or tab /
// CR) as a formula, so such a cell gets a leading apostrophe (OWASP's CSV-injection advice) —
// unless it is only a number: "+1 (617) 555-0177" has no name to call, so it is written as typed.
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-][\d\s().-]*$/;
export const defuse = (value: string) => (formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value);
/** The importer's inverse of defuse. */
export const undefuse = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
