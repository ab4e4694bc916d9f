/** Stable codes of the frameworks context. */
export const FRAMEWORK_ERRORS = {
  notFound: 'FRAMEWORK.NOT_FOUND',
  notOscalCatalog: 'FRAMEWORK.NOT_OSCAL_CATALOG',
  catalogEmpty: 'FRAMEWORK.CATALOG_EMPTY',
  catalogTooLarge: 'FRAMEWORK.CATALOG_TOO_LARGE',
  duplicateIdentifier: 'FRAMEWORK.DUPLICATE_IDENTIFIER',
} as const;
