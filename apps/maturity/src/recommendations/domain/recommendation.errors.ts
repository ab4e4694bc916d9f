/** Stable codes of the recommendations context. */
export const RECOMMENDATION_ERRORS = {
  noAssessment: 'RECOMMENDATION.NO_ASSESSMENT',
} as const;
