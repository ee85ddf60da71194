// The one way the web app talks to the API: JSON in, JSON out, and every error body
// ({ error: { code, message, details? }, requestId }) turned into an ApiError with its field problems.
import { dropEarly, keepEarly, takeEarly } from './early-requests.ts';

export type FieldProblem = { field: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly requestId: string | null;
  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldProblem[] = [],
    requestId: string | null = null,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown };

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

export function toApiError(status: number, body: unknown): ApiError {
  const { error, requestId } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const fields = Array.isArray(error?.details) ? error.details.filter(isFieldProblem) : [];
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}`;
  return new ApiError(
    status,
    typeof error?.code === 'string' ? error.code : 'http_error',
    message,
    fields,
    typeof requestId === 'string' ? requestId : null,
  );
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
};

function send(url: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  return fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
}

/** Asks for `url` now, the very request api() would make, for the first api() call of it to take (early-requests.ts). */
export const askEarly = (url: string) => keepEarly(url, send(url));

export async function api<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const reading = (options.method ?? 'GET') === 'GET';
  if (!reading) dropEarly();
  let response: Response;
  try {
    response = await ((reading && takeEarly(url)) || send(url, options));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Could not reach Kneadwork. Check your connection and try again.');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** A message fit to show a person, for any error a request can throw. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'Something went wrong');
