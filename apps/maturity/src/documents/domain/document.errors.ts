/** Stable codes of the documents context. */
export const DOCUMENT_ERRORS = {
  periodInvalid: 'DOCUMENT.PERIOD_INVALID',
} as const;
