/**
 * AgencyIsVisibleTo lives in libs/auth/src/rules, where the exits (feed, webhooks, curated topics)
 * evaluate it too: one rule for the API and for everything that leaves the platform.
 */
export { agencyIsVisibleTo, type AgencyViewer as Viewer } from '@csg/auth/rules/agency-visibility.rule';
