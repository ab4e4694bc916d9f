import type { FrameworkCatalogue } from './framework';

/**
 * NIST Cybersecurity Framework 2.0 (NIST CSWP 29, February 2024): its 6 functions, 22 categories
 * with their names and 106 subcategory identifiers. Identifiers and names are facts of the standard;
 * the official statement texts come from NIST's OSCAL catalog through the maturity service's import.
 * Withdrawn subcategories (e.g. ID.AM-06, PR.DS-03) are not listed.
 */
export const NIST_CSF_2_0: FrameworkCatalogue = {
  id: 'nist-csf-2.0',
  name: 'NIST Cybersecurity Framework 2.0',
  version: '2.0',
  functions: [
    {
      id: 'GV',
      name: 'Govern',
      categories: [
        { id: 'GV.OC', name: 'Organizational Context', subcategories: numbered('GV.OC', [1, 2, 3, 4, 5]) },
        {
          id: 'GV.RM',
          name: 'Risk Management Strategy',
          subcategories: numbered('GV.RM', [1, 2, 3, 4, 5, 6, 7]),
        },
        {
          id: 'GV.RR',
          name: 'Roles, Responsibilities, and Authorities',
          subcategories: numbered('GV.RR', [1, 2, 3, 4]),
        },
        { id: 'GV.PO', name: 'Policy', subcategories: numbered('GV.PO', [1, 2]) },
        { id: 'GV.OV', name: 'Oversight', subcategories: numbered('GV.OV', [1, 2, 3]) },
        {
          id: 'GV.SC',
          name: 'Cybersecurity Supply Chain Risk Management',
          subcategories: numbered('GV.SC', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        },
      ],
    },
    {
      id: 'ID',
      name: 'Identify',
      categories: [
        { id: 'ID.AM', name: 'Asset Management', subcategories: numbered('ID.AM', [1, 2, 3, 4, 5, 7, 8]) },
        {
          id: 'ID.RA',
          name: 'Risk Assessment',
          subcategories: numbered('ID.RA', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        },
        { id: 'ID.IM', name: 'Improvement', subcategories: numbered('ID.IM', [1, 2, 3, 4]) },
      ],
    },
    {
      id: 'PR',
      name: 'Protect',
      categories: [
        {
          id: 'PR.AA',
          name: 'Identity Management, Authentication, and Access Control',
          subcategories: numbered('PR.AA', [1, 2, 3, 4, 5, 6]),
        },
        { id: 'PR.AT', name: 'Awareness and Training', subcategories: numbered('PR.AT', [1, 2]) },
        { id: 'PR.DS', name: 'Data Security', subcategories: numbered('PR.DS', [1, 2, 10, 11]) },
        { id: 'PR.PS', name: 'Platform Security', subcategories: numbered('PR.PS', [1, 2, 3, 4, 5, 6]) },
        {
          id: 'PR.IR',
          name: 'Technology Infrastructure Resilience',
          subcategories: numbered('PR.IR', [1, 2, 3, 4]),
        },
      ],
    },
    {
      id: 'DE',
      name: 'Detect',
      categories: [
        { id: 'DE.CM', name: 'Continuous Monitoring', subcategories: numbered('DE.CM', [1, 2, 3, 6, 9]) },
        { id: 'DE.AE', name: 'Adverse Event Analysis', subcategories: numbered('DE.AE', [2, 3, 4, 6, 7, 8]) },
      ],
    },
    {
      id: 'RS',
      name: 'Respond',
      categories: [
        { id: 'RS.MA', name: 'Incident Management', subcategories: numbered('RS.MA', [1, 2, 3, 4, 5]) },
        { id: 'RS.AN', name: 'Incident Analysis', subcategories: numbered('RS.AN', [3, 6, 7, 8]) },
        {
          id: 'RS.CO',
          name: 'Incident Response Reporting and Communication',
          subcategories: numbered('RS.CO', [2, 3]),
        },
        { id: 'RS.MI', name: 'Incident Mitigation', subcategories: numbered('RS.MI', [1, 2]) },
      ],
    },
    {
      id: 'RC',
      name: 'Recover',
      categories: [
        {
          id: 'RC.RP',
          name: 'Incident Recovery Plan Execution',
          subcategories: numbered('RC.RP', [1, 2, 3, 4, 5, 6]),
        },
        { id: 'RC.CO', name: 'Incident Recovery Communication', subcategories: numbered('RC.CO', [3, 4]) },
      ],
    },
  ],
};

function numbered(category: string, numbers: number[]): string[] {
  return numbers.map((n) => `${category}-${String(n).padStart(2, '0')}`);
}
