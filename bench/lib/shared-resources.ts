/**
 * Resources several cases use (the agencies API servers serve both `api-write` and `api-read`):
 * started by the first case that asks, stopped once at the end of the run (or on interrupt).
 */
const started = new Map<string, Promise<{ stop(): Promise<void> }>>();

export function shared<T extends { stop(): Promise<void> }>(
  key: string,
  start: () => Promise<T>,
): Promise<T> {
  let resource = started.get(key);
  if (!resource) {
    resource = start();
    resource.catch(() => started.delete(key));
    started.set(key, resource);
  }
  return resource as Promise<T>;
}

/** Stops one shared resource (after the last case that uses it). */
export async function stopShared(key: string): Promise<void> {
  const resource = started.get(key);
  started.delete(key);
  await (await resource?.catch(() => undefined))?.stop().catch(() => undefined);
}

export async function stopSharedResources(): Promise<void> {
  const all = [...started.values()];
  started.clear();
  for (const resource of all) await (await resource.catch(() => undefined))?.stop().catch(() => undefined);
}
