import { childTraceparent, contextFrom } from './correlation-context';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

describe('correlation context', () => {
  it('starts a new trace with distinct, well-formed ids when there is no parent', () => {
    const ids = Array.from({ length: 1_000 }, () => childTraceparent());
    for (const id of ids) expect(id).toMatch(TRACEPARENT);
    expect(new Set(ids.map((id) => id.slice(3, 35))).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.slice(36, 52))).size).toBe(ids.length);
  });

  it('keeps the trace id and flags of a parent and gives the child a new span id', () => {
    const parent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00';
    const child = childTraceparent(parent);
    expect(child).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-00$/);
    expect(child).not.toBe(parent);
  });

  it('keeps a well-formed incoming correlation id and replaces a hostile one', () => {
    expect(contextFrom({ correlationId: 'req-42' }).correlationId).toBe('req-42');
    expect(contextFrom({ correlationId: 'a\nb' }).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
