import { egress } from '../egress';
import { defineIntegrationEvent } from '../integration-event.definition';
import { nullableString, objectSchema, timestamp, tlp, uuid, version } from './common.schemas';

/** The maturity service's topic (one per service). */
export const MATURITY_TOPIC = 'csg.maturity';

export const CAMPAIGN_AUDIENCE_KINDS = ['ALL', 'TIERS', 'SECTORS', 'AGENCIES'] as const;
export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED'] as const;
export const ROADMAP_ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export const ROADMAP_ITEM_PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
/** Assessment and roadmap events: TLP:AMBER+STRICT, or TLP:AMBER when shared with other agencies. */
export const AGENCY_PROFILE_MARKINGS = ['TLP:AMBER+STRICT', 'TLP:AMBER'] as const;

export interface CampaignOpenedData {
  campaignId: string;
  name: string;
  frameworkId: string;
  opensAt: string;
  closesAt: string;
  sessionIds: string[];
  audience: { kind: (typeof CAMPAIGN_AUDIENCE_KINDS)[number]; values: string[] };
  /** Campaigns are programme information for every verified agency. */
  tlp: 'TLP:GREEN';
  version: number;
  occurredAt: string;
}

export interface CampaignClosedData {
  campaignId: string;
  name: string;
  frameworkId: string;
  frozenAssessments: number;
  tlp: 'TLP:GREEN';
  version: number;
  occurredAt: string;
}

export interface AssessmentChangedData {
  assessmentId: string;
  agencyId: string;
  campaignId: string;
  frameworkId: string;
  status: (typeof ASSESSMENT_STATUSES)[number];
  answered: number;
  /** Who submitted or reviewed it (a `sub`). */
  actorSub: string;
  sharedWithAgencyIds: string[];
  tlp: (typeof AGENCY_PROFILE_MARKINGS)[number];
  version: number;
  occurredAt: string;
}

export interface RoadmapItemData {
  itemId: string;
  agencyId: string;
  title: string;
  subcategoryIds: string[];
  ownerSub: string | null;
  priority: (typeof ROADMAP_ITEM_PRIORITIES)[number];
  dueOn: string;
  status: (typeof ROADMAP_ITEM_STATUSES)[number];
  /** Set on status changes. */
  previousStatus?: (typeof ROADMAP_ITEM_STATUSES)[number];
  tlp: (typeof AGENCY_PROFILE_MARKINGS)[number];
  version: number;
  occurredAt: string;
}

export interface RoadmapItemDueData {
  itemId: string;
  agencyId: string;
  title: string;
  ownerSub: string | null;
  dueOn: string;
  daysBefore: number;
  status: (typeof ROADMAP_ITEM_STATUSES)[number];
  tlp: (typeof AGENCY_PROFILE_MARKINGS)[number];
  occurredAt: string;
}

export interface ProfileTargetReachedData {
  assessmentId: string;
  agencyId: string;
  campaignId: string;
  subcategoryId: string;
  current: number;
  target: number;
  tlp: (typeof AGENCY_PROFILE_MARKINGS)[number];
  occurredAt: string;
}

const strings = { type: 'array', items: { type: 'string' } } as const;
const profileMarking = { ...tlp, enum: AGENCY_PROFILE_MARKINGS };
const green = { ...tlp, enum: ['TLP:GREEN'] };

export const CampaignOpened = defineIntegrationEvent({
  type: 'csg.maturity.campaign.opened.v1',
  egress: egress.readers(
    { kind: 'campaign', idField: 'campaignId' },
    "The agencies in its audience (and the platform's clients) while it is GREEN for them.",
  ),
  topic: MATURITY_TOPIC,
  description: 'An organiser opened a maturity campaign on a framework for an audience of agencies.',
  partitionKey: 'campaignId',
  marked: true,
  schema: objectSchema(
    {
      campaignId: uuid,
      name: { type: 'string', minLength: 1 },
      frameworkId: { type: 'string', minLength: 1 },
      opensAt: timestamp,
      closesAt: timestamp,
      sessionIds: { type: 'array', items: uuid },
      audience: objectSchema({ kind: { type: 'string', enum: CAMPAIGN_AUDIENCE_KINDS }, values: strings }, [
        'kind',
        'values',
      ]),
      tlp: green,
      version,
      occurredAt: timestamp,
    },
    [
      'campaignId',
      'name',
      'frameworkId',
      'opensAt',
      'closesAt',
      'sessionIds',
      'audience',
      'tlp',
      'version',
      'occurredAt',
    ],
  ),
});

export const CampaignClosed = defineIntegrationEvent({
  type: 'csg.maturity.campaign.closed.v1',
  egress: egress.readers(
    { kind: 'campaign', idField: 'campaignId' },
    "The agencies in the audience of the campaign as it was opened (and the platform's clients).",
  ),
  topic: MATURITY_TOPIC,
  description: 'An organiser closed a campaign; its assessments are frozen.',
  partitionKey: 'campaignId',
  marked: true,
  schema: objectSchema(
    {
      campaignId: uuid,
      name: { type: 'string', minLength: 1 },
      frameworkId: { type: 'string', minLength: 1 },
      frozenAssessments: { type: 'integer', minimum: 0 },
      tlp: green,
      version,
      occurredAt: timestamp,
    },
    ['campaignId', 'name', 'frameworkId', 'frozenAssessments', 'tlp', 'version', 'occurredAt'],
  ),
});

const assessmentSchema = objectSchema(
  {
    assessmentId: uuid,
    agencyId: uuid,
    campaignId: uuid,
    frameworkId: { type: 'string', minLength: 1 },
    status: { type: 'string', enum: ASSESSMENT_STATUSES },
    answered: { type: 'integer', minimum: 0 },
    actorSub: { type: 'string', minLength: 1 },
    sharedWithAgencyIds: { type: 'array', items: uuid },
    tlp: profileMarking,
    version,
    occurredAt: timestamp,
  },
  [
    'assessmentId',
    'agencyId',
    'campaignId',
    'frameworkId',
    'status',
    'answered',
    'actorSub',
    'sharedWithAgencyIds',
    'tlp',
    'version',
    'occurredAt',
  ],
);

export const AssessmentSubmitted = defineIntegrationEvent({
  type: 'csg.maturity.assessment.submitted.v1',
  egress: egress.nobody('Never leaves: assessments are read on the platform only (docs/maturity.md).'),
  topic: MATURITY_TOPIC,
  description: "An agency-admin submitted the agency's assessment in a campaign (no answers in the event).",
  partitionKey: 'agencyId',
  marked: true,
  schema: assessmentSchema,
});

export const AssessmentReviewed = defineIntegrationEvent({
  type: 'csg.maturity.assessment.reviewed.v1',
  egress: egress.nobody('Never leaves: assessments are read on the platform only (docs/maturity.md).'),
  topic: MATURITY_TOPIC,
  description: "An organiser reviewed an agency's submitted assessment.",
  partitionKey: 'agencyId',
  marked: true,
  schema: assessmentSchema,
});

const roadmapItemSchema = objectSchema(
  {
    itemId: uuid,
    agencyId: uuid,
    title: { type: 'string', minLength: 1 },
    subcategoryIds: strings,
    ownerSub: nullableString,
    priority: { type: 'string', enum: ROADMAP_ITEM_PRIORITIES },
    dueOn: { type: 'string', format: 'date' },
    status: { type: 'string', enum: ROADMAP_ITEM_STATUSES },
    previousStatus: { type: 'string', enum: ROADMAP_ITEM_STATUSES },
    tlp: profileMarking,
    version,
    occurredAt: timestamp,
  },
  [
    'itemId',
    'agencyId',
    'title',
    'subcategoryIds',
    'ownerSub',
    'priority',
    'dueOn',
    'status',
    'tlp',
    'version',
    'occurredAt',
  ],
);

export const RoadmapItemPlanned = defineIntegrationEvent({
  type: 'csg.maturity.roadmap.item-planned.v1',
  egress: egress.nobody('Never leaves: roadmaps are read on the platform only (docs/maturity.md).'),
  topic: MATURITY_TOPIC,
  description: "An item was added to an agency's roadmap.",
  partitionKey: 'agencyId',
  marked: true,
  schema: roadmapItemSchema,
});

export const RoadmapItemStatusChanged = defineIntegrationEvent({
  type: 'csg.maturity.roadmap.item-status-changed.v1',
  egress: egress.nobody('Never leaves: roadmaps are read on the platform only (docs/maturity.md).'),
  topic: MATURITY_TOPIC,
  description: "A roadmap item's status changed (PLANNED, IN_PROGRESS, DONE, BLOCKED).",
  partitionKey: 'agencyId',
  marked: true,
  schema: roadmapItemSchema,
});

export const RoadmapItemDue = defineIntegrationEvent({
  type: 'csg.maturity.roadmap.item-due.v1',
  egress: egress.nobody('Never leaves: roadmaps are read on the platform only (docs/maturity.md).'),
  topic: MATURITY_TOPIC,
  description: 'A reminder: a roadmap item that is not done falls due in `daysBefore` days.',
  partitionKey: 'agencyId',
  marked: true,
  schema: objectSchema(
    {
      itemId: uuid,
      agencyId: uuid,
      title: { type: 'string', minLength: 1 },
      ownerSub: nullableString,
      dueOn: { type: 'string', format: 'date' },
      daysBefore: { type: 'integer', minimum: 0 },
      status: { type: 'string', enum: ROADMAP_ITEM_STATUSES },
      tlp: profileMarking,
      occurredAt: timestamp,
    },
    ['itemId', 'agencyId', 'title', 'ownerSub', 'dueOn', 'daysBefore', 'status', 'tlp', 'occurredAt'],
  ),
});

export const ProfileTargetReached = defineIntegrationEvent({
  type: 'csg.maturity.profile.target-reached.v1',
  egress: egress.nobody('Never leaves: it is a fact about an assessment.'),
  topic: MATURITY_TOPIC,
  description: "A subcategory of an agency's assessment reached its target tier.",
  partitionKey: 'agencyId',
  marked: true,
  schema: objectSchema(
    {
      assessmentId: uuid,
      agencyId: uuid,
      campaignId: uuid,
      subcategoryId: { type: 'string', minLength: 1 },
      current: { type: 'integer', minimum: 0, maximum: 4 },
      target: { type: 'integer', minimum: 1, maximum: 4 },
      tlp: profileMarking,
      occurredAt: timestamp,
    },
    ['assessmentId', 'agencyId', 'campaignId', 'subcategoryId', 'current', 'target', 'tlp', 'occurredAt'],
  ),
});

export const MATURITY_EVENTS = [
  CampaignOpened,
  CampaignClosed,
  AssessmentSubmitted,
  AssessmentReviewed,
  RoadmapItemPlanned,
  RoadmapItemStatusChanged,
  RoadmapItemDue,
  ProfileTargetReached,
];
