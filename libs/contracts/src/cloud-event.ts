/**
 * A CloudEvents 1.0 event as it travels between services. `correlationid` and `traceparent`
 * are extension attributes: the correlation id follows a request through every consumer, and
 * `traceparent` is the W3C trace context (https://www.w3.org/TR/trace-context/).
 */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid?: string;
  traceparent?: string;
  data: T;
}

/** Kafka binary content mode: attributes travel as `ce_*` headers, the data is the JSON value. */
export const CE_HEADER = {
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  specversion: 'ce_specversion',
  time: 'ce_time',
  subject: 'ce_subject',
  correlationid: 'ce_correlationid',
  traceparent: 'traceparent',
  contentType: 'content-type',
} as const;

export function toBinaryHeaders(event: CloudEvent): Record<string, string> {
  const headers: Record<string, string> = {
    [CE_HEADER.id]: event.id,
    [CE_HEADER.source]: event.source,
    [CE_HEADER.type]: event.type,
    [CE_HEADER.specversion]: event.specversion,
    [CE_HEADER.time]: event.time,
    [CE_HEADER.contentType]: event.datacontenttype,
  };
  if (event.subject) headers[CE_HEADER.subject] = event.subject;
  if (event.correlationid) headers[CE_HEADER.correlationid] = event.correlationid;
  if (event.traceparent) headers[CE_HEADER.traceparent] = event.traceparent;
  return headers;
}

export class MalformedEventError extends Error {
  readonly code = 'EVENT.MALFORMED';
}

/** Rebuilds an event from binary-mode headers and a JSON value; throws MalformedEventError. */
export function fromBinaryMessage(headers: Record<string, string | undefined>, value: string): CloudEvent {
  const missing = (['id', 'source', 'type', 'specversion', 'time'] as const).filter(
    (a) => !headers[CE_HEADER[a]],
  );
  if (missing.length > 0)
    throw new MalformedEventError(`missing CloudEvents attributes: ${missing.join(', ')}`);
  if (headers[CE_HEADER.specversion] !== '1.0') {
    throw new MalformedEventError(`unsupported specversion ${headers[CE_HEADER.specversion]}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch (error) {
    throw new MalformedEventError(`value is not JSON: ${(error as Error).message}`);
  }
  return {
    specversion: '1.0',
    id: headers[CE_HEADER.id]!,
    source: headers[CE_HEADER.source]!,
    type: headers[CE_HEADER.type]!,
    subject: headers[CE_HEADER.subject],
    time: headers[CE_HEADER.time]!,
    datacontenttype: 'application/json',
    correlationid: headers[CE_HEADER.correlationid],
    traceparent: headers[CE_HEADER.traceparent],
    data,
  };
}
