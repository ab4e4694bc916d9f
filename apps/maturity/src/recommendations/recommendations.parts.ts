import { contextParts } from '@csg/runtime';
import { PracticeProjection } from './infrastructure/practice.projection';
import { RecommendPracticesController } from './queries/recommend-practices/recommend-practices.controller';
import { RecommendPracticesHandler } from './queries/recommend-practices/recommend-practices.handler';

/** The recommendations context: its route, its handler and the projection of the exchange's practices. */
export const RECOMMENDATION_PARTS = contextParts({
  useCases: [[RecommendPracticesController, RecommendPracticesHandler]],
  providers: [PracticeProjection],
});
