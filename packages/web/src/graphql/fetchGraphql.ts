import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

// Queries and mutations over HTTP for the light surfaces, and the errors they fail with. Kept apart
// from the socket so the phones can join before the rest of the page has even downloaded.

/** A refusal or failure, reduced to what the page needs to explain it. */
export class OperationError extends Error {
  constructor(
    /** The server's `extensions.code`, or `network` when the server could not be reached. */
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    /** The input field the server blames, e.g. `seatCode`. */
    readonly field: string | null = null,
    /** The rest of the server's `extensions`, e.g. `opensAt` or `triesLeft`, for the pages that explain them. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'OperationError';
  }
}

interface GraphqlErrorLike {
  message?: string;
  extensions?: { code?: unknown; retryAfterSeconds?: unknown; field?: unknown; [name: string]: unknown };
}

/** Reads whatever an operation failed with (GraphQL errors, a close event, a fetch failure) into one error. */
export function toOperationError(error: unknown): OperationError {
  if (error instanceof OperationError) return error;
  const first: GraphqlErrorLike | undefined = Array.isArray(error) ? error[0] : undefined;
  if (first && typeof first === 'object') {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'unknown';
    const retry = first.extensions?.retryAfterSeconds;
    const field = typeof first.extensions?.field === 'string' ? (first.extensions.field.split('.').pop() ?? null) : null;
    return new OperationError(
      code,
      first.message ?? code,
      typeof retry === 'number' ? Math.max(1, Math.ceil(retry)) : null,
      field,
      first.extensions ?? {},
    );
  }
  return new OperationError('network', error instanceof Error ? error.message : 'The server could not be reached.');
}

/**
 * The query text of a generated document. The build inlines each document with its printed text
 * (see vite.config.ts), so no GraphQL printer ships to the phones.
 */
export function queryText(document: { loc?: { source: { body: string } } } | object): string {
  const body = (document as { loc?: { source?: { body?: unknown } } }).loc?.source?.body;
  if (typeof body !== 'string')
    throw new Error('This GraphQL document carries no query text; write it with graphql() so the build can add it.');
  return body;
}

export function dataOrThrow<R>(result: { data?: R | null; errors?: readonly GraphqlErrorLike[] }): R {
  if (result.errors?.length) throw toOperationError(result.errors);
  if (result.data == null) throw new OperationError('unknown', 'The server sent no data.');
  return result.data;
}

/** One query or mutation over HTTP, for the steps that come before the socket (joining, the session plan). */
export async function fetchGraphql<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  options: { deviceToken?: string; signal?: AbortSignal } = {},
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...(options.deviceToken ? { 'x-device-token': options.deviceToken } : {}) },
      body: JSON.stringify({ query: queryText(document), variables }),
      signal: options.signal,
    });
  } catch (error) {
    throw toOperationError(error);
  }
  let body: { data?: R | null; errors?: GraphqlErrorLike[] };
  try {
    body = await response.json();
  } catch {
    throw new OperationError('network', `The server answered ${response.status} without a GraphQL response.`);
  }
  return dataOrThrow(body);
}
