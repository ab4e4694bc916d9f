/** A file name a `Content-Disposition` carries as it is: letters, digits, `.`, `_` and `-`. */
const PLAIN_FILE_NAME = /^[A-Za-z0-9._-]{1,200}$/;

/**
 * The `Content-Disposition` of a generated document (CSV, xlsx, ics, PDF…): a download under
 * `fileName`, which must be plain ASCII so it needs no quoting rules of its own.
 */
export function attachment(fileName: string): string {
  if (!PLAIN_FILE_NAME.test(fileName)) throw new Error(`not a plain file name: ${JSON.stringify(fileName)}`);
  return `attachment; filename="${fileName}"`;
}
