/** Stable codes of the roadmaps context. */
export const ROADMAP_ERRORS = {
  itemNotFound: 'ROADMAP.ITEM_NOT_FOUND',
  datesInvalid: 'ROADMAP.DATES_INVALID',
  subcategoriesInvalid: 'ROADMAP.SUBCATEGORIES_INVALID',
  notOwner: 'ROADMAP.NOT_ITEM_OWNER',
  ownerNotMember: 'ROADMAP.OWNER_NOT_MEMBER',
  versionMismatch: 'ROADMAP.VERSION_MISMATCH',
} as const;
