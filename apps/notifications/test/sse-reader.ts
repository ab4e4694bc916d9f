/** One Server-Sent Event as a client parses it. */
export interface ReceivedEvent {
  id?: string;
  event?: string;
  data: any;
}

/**
 * Opens an SSE stream with fetch and collects its events; `until` polls the collected events
 * (never a fixed sleep) and `close` ends the connection.
 */
export async function openSse(url: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const events: ReceivedEvent[] = [];
  let buffer = '';
  const reading = (async () => {
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: Partial<ReceivedEvent> & { lines: string[] } = { lines: [] };
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) event.id = line.slice(4);
            else if (line.startsWith('event: ')) event.event = line.slice(7);
            else if (line.startsWith('data: ')) event.lines.push(line.slice(6));
          }
          if (event.lines.length > 0)
            events.push({ id: event.id, event: event.event, data: JSON.parse(event.lines.join('\n')) });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    events,
    async until(
      condition: (events: ReceivedEvent[]) => boolean,
      timeoutMs = 20_000,
    ): Promise<ReceivedEvent[]> {
      const deadline = Date.now() + timeoutMs;
      while (!condition(events)) {
        if (Date.now() > deadline)
          throw new Error(`stream did not deliver in time; got ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return events;
    },
    async close(): Promise<void> {
      abort.abort();
      await reading;
    },
  };
}
