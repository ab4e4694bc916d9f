/**
 * `audienceIncludes` (campaign-audience.value-object.ts) as SQL over a campaign row `c` and an
 * agency_directory row `d`: only ACTIVE agencies the audience selects.
 */
export function audienceIncludesSql(c: string, d: string): string {
  return `(${d}.status = 'ACTIVE' AND (
    ${c}.audience_kind = 'ALL'
    OR (${c}.audience_kind = 'TIERS' AND ${d}.tier = ANY(${c}.audience_values))
    OR (${c}.audience_kind = 'SECTORS' AND ${d}.sector = ANY(${c}.audience_values))
    OR (${c}.audience_kind = 'AGENCIES' AND ${d}.agency_id::text = ANY(${c}.audience_values))))`;
}

/**
 * Who sees a campaign `c`: operators every one; anyone else those whose audience includes one of
 * their ACTIVE agencies (`$agencyIds`, a uuid[] parameter), or in which one of them has an assessment.
 */
export function campaignVisibleSql(c: string, agencyIdsParam: string): string {
  return `(EXISTS (SELECT 1 FROM agency_directory vd WHERE vd.agency_id = ANY(${agencyIdsParam}::uuid[]) AND ${audienceIncludesSql(c, 'vd')})
    OR EXISTS (SELECT 1 FROM assessments va WHERE va.campaign_id = ${c}.id AND va.agency_id = ANY(${agencyIdsParam}::uuid[])))`;
}
