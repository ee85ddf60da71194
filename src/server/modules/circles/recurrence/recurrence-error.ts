// One error type for the recurrence engine: a bad rule, time or edit, always naming the field
// the caller sent, so the meetings route can answer 400 with the problem under that field.
export type RecurrenceErrorCode = 'invalid' | 'unsupported' | 'not-an-occurrence';

export class RecurrenceError extends Error {
  readonly field: string;
  readonly code: RecurrenceErrorCode;

  constructor(field: string, message: string, code: RecurrenceErrorCode = 'invalid') {
    super(message);
    this.name = 'RecurrenceError';
    this.field = field;
    this.code = code;
  }
}
