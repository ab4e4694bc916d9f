import { attachment } from '@csg/http';

/** A document ready to send: its bytes (or SVG text), media type and file name. */
export interface RenderedDocument {
  readonly body: Buffer | string;
  readonly contentType: string;
  readonly fileName: string;
}

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const SVG_TYPE = 'image/svg+xml';

/** What a route sets on the reply for a rendered document. */
export function sendDocument(
  reply: { header(name: string, value: string): unknown },
  document: RenderedDocument,
  disposition: 'attachment' | 'inline',
): Buffer | string {
  reply.header(
    'content-type',
    document.contentType === SVG_TYPE ? `${SVG_TYPE}; charset=utf-8` : document.contentType,
  );
  const attached = attachment(document.fileName);
  reply.header(
    'content-disposition',
    disposition === 'inline' ? attached.replace('attachment', 'inline') : attached,
  );
  reply.header('x-content-type-options', 'nosniff');
  return document.body;
}
