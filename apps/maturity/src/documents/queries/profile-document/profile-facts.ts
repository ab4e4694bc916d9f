import type { TlpMarking } from '@csg/auth';
import type { AssessmentDiffView } from '../../../assessments/queries/assessment-diff/assessment-diff.view';
import type {
  AssessmentProfileView,
  GapView,
} from '../../../assessments/queries/assessment-profile/assessment-profile.view';
import type { RecommendationView } from '../../../recommendations/queries/recommend-practices/recommendation.view';

export interface ProfileMilestone {
  title: string;
  dueOn: string;
  ownerSub: string | null;
  status: string;
  overdue: boolean;
}

export interface TopGap extends GapView {
  asks: string | null;
}

/** Everything a profile document says, gathered under the reader's own rights. */
export interface ProfileFacts {
  generatedAt: Date;
  /** The highest marking of anything in the document: the assessments and the practices named. */
  marking: TlpMarking;
  assessment: {
    id: string;
    agencyName: string;
    campaignName: string | null;
    frameworkName: string;
    status: string;
    tlp: TlpMarking;
    createdAt: Date;
    submittedBy: string | null;
    submittedAt: Date | null;
    reviewedBy: string | null;
    reviewedAt: Date | null;
  };
  profile: AssessmentProfileView;
  topGaps: TopGap[];
  /** Null when the reader may not read the agency's roadmap (only its members and the operators do). */
  milestones: ProfileMilestone[] | null;
  /** Null when the reader may not ask for the agency's recommendations; else only practices they may read. */
  recommendations: RecommendationView[] | null;
  diff: { againstId: string; againstCampaignName: string | null; view: AssessmentDiffView } | null;
}

/** How many gaps and milestones a profile lists: the document is a summary, the API has the rest. */
export const PROFILE_TOP_GAPS = 10;
export const PROFILE_MILESTONES = 10;
export const PROFILE_RECOMMENDATIONS = 8;
