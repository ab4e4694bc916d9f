/**
 * The demo data: the eighth session of the National CERT's "CyberSecureGov: Cyber Guidelines
 * Initiative" and what surrounds it (docs/adr/0077). Only facts live here; `seed-demo.ts` turns
 * them into API calls. Everything is found again by a natural key (an agency's acronym, a
 * person's sub, a session's sequence, a title, a campaign's name), which keeps seeding idempotent.
 */

export type AgencyKey = 'NCERT' | 'HEC' | 'NITB' | 'DGIP' | 'HDP' | 'MIS' | 'FBR' | 'PTA' | 'SHD' | 'KPEP';

export interface DemoPerson {
  sub: string;
  name: string;
  title: string;
  role: 'agency-admin' | 'member';
  /** Platform roles from the token (the CERT's organisers). */
  platformRoles?: readonly string[];
}

export interface DemoAgency {
  key: AgencyKey;
  name: string;
  acronym: string;
  tier: 'FEDERAL' | 'PROVINCIAL' | 'DEPARTMENTAL';
  sector: string;
  jurisdiction?: string;
  parent?: AgencyKey;
  domain: string;
  /** Applies as this person (who becomes its first admin once an organiser verifies it) instead of being registered by an organiser. */
  appliesAs?: string;
  people: readonly DemoPerson[];
  /** Its maturity, 0..4, around which its answers vary (baseline campaign). */
  baseline: number;
  /** Whether its people attended session 8 (the impact report compares with those who did not). */
  attended: boolean;
}

const ORGANISER = ['organiser'] as const;

export const AGENCIES: readonly DemoAgency[] = [
  {
    key: 'NCERT',
    name: 'National Computer Emergency Response Team',
    acronym: 'NCERT',
    tier: 'FEDERAL',
    sector: 'INFORMATION_TECHNOLOGY',
    domain: 'ncert.example.gov.pk',
    baseline: 3,
    attended: false,
    people: [
      {
        sub: 'ncert-saima',
        name: 'Saima Rauf',
        title: 'Director of Governance, Risk & Compliance',
        role: 'agency-admin',
        platformRoles: ORGANISER,
      },
      {
        sub: 'ncert-imran',
        name: 'Imran Qureshi',
        title: 'Director of Capacity Building',
        role: 'member',
        platformRoles: ORGANISER,
      },
      {
        sub: 'ncert-nadia',
        name: 'Nadia Hassan',
        title: 'Programme Coordinator',
        role: 'member',
        platformRoles: ORGANISER,
      },
    ],
  },
  {
    key: 'HEC',
    name: 'Higher Education Commission',
    acronym: 'HEC',
    tier: 'FEDERAL',
    sector: 'EDUCATION',
    domain: 'hec.example.gov.pk',
    baseline: 1.6,
    attended: true,
    people: [
      { sub: 'hec-ayesha', name: 'Ayesha Khan', title: 'Director IT Security', role: 'agency-admin' },
      { sub: 'hec-bilal', name: 'Bilal Ahmed', title: 'Network Manager', role: 'member' },
      { sub: 'hec-sana', name: 'Sana Javed', title: 'Risk Officer', role: 'member' },
    ],
  },
  {
    key: 'NITB',
    name: 'National Information Technology Board',
    acronym: 'NITB',
    tier: 'FEDERAL',
    sector: 'INFORMATION_TECHNOLOGY',
    domain: 'nitb.example.gov.pk',
    baseline: 2.3,
    attended: true,
    people: [
      {
        sub: 'nitb-usman',
        name: 'Usman Tariq',
        title: 'Chief Information Security Officer',
        role: 'agency-admin',
      },
      { sub: 'nitb-hira', name: 'Hira Malik', title: 'SOC Lead', role: 'member' },
      { sub: 'nitb-kamran', name: 'Kamran Ali', title: 'Cloud Architect', role: 'member' },
    ],
  },
  {
    key: 'DGIP',
    name: 'Directorate General of Immigration & Passports',
    acronym: 'DGIP',
    tier: 'FEDERAL',
    sector: 'IMMIGRATION',
    domain: 'dgip.example.gov.pk',
    baseline: 1.9,
    attended: true,
    people: [
      { sub: 'dgip-asad', name: 'Asad Mehmood', title: 'Deputy Director IT', role: 'agency-admin' },
      { sub: 'dgip-rabia', name: 'Rabia Noor', title: 'Systems Analyst', role: 'member' },
    ],
  },
  {
    key: 'HDP',
    name: 'Home Department, Government of Punjab',
    acronym: 'HDP',
    tier: 'PROVINCIAL',
    sector: 'HOME_AFFAIRS',
    jurisdiction: 'Punjab',
    domain: 'punjab.example.gov.pk',
    baseline: 1.5,
    attended: false,
    people: [
      {
        sub: 'hdp-zainab',
        name: 'Zainab Raza',
        title: 'Additional Secretary (IT)',
        role: 'agency-admin',
      },
      { sub: 'hdp-faisal', name: 'Faisal Anwar', title: 'Section Officer (IT)', role: 'member' },
    ],
  },
  {
    key: 'MIS',
    name: 'MIS Wing, Home Department Punjab',
    acronym: 'HDP-MIS',
    tier: 'DEPARTMENTAL',
    sector: 'HOME_AFFAIRS',
    jurisdiction: 'Punjab',
    parent: 'HDP',
    domain: 'mis.punjab.example.gov.pk',
    baseline: 1.3,
    attended: true,
    people: [
      { sub: 'mis-omar', name: 'Omar Farooq', title: 'Director MIS', role: 'agency-admin' },
      { sub: 'mis-amna', name: 'Amna Siddiqui', title: 'Database Administrator', role: 'member' },
      { sub: 'mis-hamza', name: 'Hamza Iqbal', title: 'Network Engineer', role: 'member' },
    ],
  },
  {
    key: 'FBR',
    name: 'Federal Board of Revenue',
    acronym: 'FBR',
    tier: 'FEDERAL',
    sector: 'FINANCE',
    domain: 'fbr.example.gov.pk',
    baseline: 2.1,
    attended: false,
    people: [
      { sub: 'fbr-tahir', name: 'Tahir Mahmood', title: 'Chief (IT Security)', role: 'agency-admin' },
      { sub: 'fbr-maria', name: 'Maria Aslam', title: 'Security Analyst', role: 'member' },
    ],
  },
  {
    key: 'PTA',
    name: 'Pakistan Telecommunication Authority',
    acronym: 'PTA',
    tier: 'FEDERAL',
    sector: 'TELECOM',
    domain: 'pta.example.gov.pk',
    baseline: 2.4,
    attended: false,
    people: [
      { sub: 'pta-nasir', name: 'Nasir Hussain', title: 'Director (CERT)', role: 'agency-admin' },
      { sub: 'pta-sadia', name: 'Sadia Perveen', title: 'Deputy Director', role: 'member' },
    ],
  },
  {
    key: 'SHD',
    name: 'Health Department, Government of Sindh',
    acronym: 'SHD',
    tier: 'PROVINCIAL',
    sector: 'HEALTH',
    jurisdiction: 'Sindh',
    domain: 'sindh-health.example.gov.pk',
    appliesAs: 'shd-fatima',
    baseline: 1.2,
    attended: false,
    people: [
      { sub: 'shd-fatima', name: 'Fatima Memon', title: 'Director Health MIS', role: 'agency-admin' },
      { sub: 'shd-ali', name: 'Ali Shah', title: 'System Administrator', role: 'member' },
    ],
  },
  {
    key: 'KPEP',
    name: 'Energy & Power Department, Government of Khyber Pakhtunkhwa',
    acronym: 'KP-EPD',
    tier: 'PROVINCIAL',
    sector: 'ENERGY',
    jurisdiction: 'Khyber Pakhtunkhwa',
    domain: 'kp-energy.example.gov.pk',
    baseline: 1.7,
    attended: false,
    people: [
      { sub: 'kpep-shahid', name: 'Shahid Khan', title: 'Deputy Secretary (IT)', role: 'agency-admin' },
    ],
  },
];

/** The organisers by what they do in the story. */
export const ORGANISERS = {
  grc: 'ncert-saima',
  capacityBuilding: 'ncert-imran',
  coordinator: 'ncert-nadia',
} as const;

/** Session 8 as `POST /sessions` takes it; its times follow from when the seed runs (ADR 77). */
export const SESSION = {
  sequence: 8,
  title: 'CyberSecureGov session 8: cyber risk and strategic roadmaps',
  description:
    'The eighth session of the CyberSecureGov: Cyber Guidelines Initiative brings federal, provincial ' +
    'and departmental agencies together: a keynote on identifying cyber risk and aligning with national ' +
    'frameworks, a practical workshop on strategic cybersecurity roadmaps, a hands-on exercise and ' +
    'inter-agency dialogue.',
  timezone: 'Asia/Karachi',
  mode: 'HYBRID',
  venue: 'National CERT auditorium, Islamabad',
  joinUrl: 'https://meet.example.gov.pk/cybersecuregov-8',
  // Small on purpose: ten places asked for, eight seats, so two wait (one is promoted later).
  capacity: 8,
  seatsPerAgency: 3,
  durationMinutes: 300,
} as const;

/** An agenda item, its times in minutes from the session's start (one track). */
export interface DemoAgendaItem {
  kind: string;
  title: string;
  abstract?: string;
  fromMinute: number;
  toMinute: number;
  /** The sub of the organiser who speaks. */
  speaker?: string;
  frameworkRefs: readonly string[];
}

export const AGENDA: readonly DemoAgendaItem[] = [
  {
    kind: 'KEYNOTE',
    title: 'Identifying cyber risk and aligning with national frameworks',
    abstract:
      'How an agency finds, records and ranks its cyber risks, and maps them to the national policy and NIST CSF 2.0.',
    fromMinute: 0,
    toMinute: 45,
    speaker: ORGANISERS.grc,
    frameworkRefs: ['ID.RA', 'GV.OC'],
  },
  { kind: 'BREAK', title: 'Tea break', fromMinute: 45, toMinute: 60, frameworkRefs: [] },
  {
    kind: 'WORKSHOP',
    title: 'Strategic cybersecurity roadmaps',
    abstract:
      'From the gaps of a self-assessment to a three-year roadmap with owners, milestones and budget.',
    fromMinute: 60,
    toMinute: 150,
    speaker: ORGANISERS.capacityBuilding,
    frameworkRefs: ['GV.RM', 'GV.OC-03', 'ID.IM'],
  },
  {
    kind: 'EXERCISE',
    title: 'Hands-on: a risk register for your agency',
    fromMinute: 150,
    toMinute: 210,
    speaker: ORGANISERS.grc,
    frameworkRefs: ['ID.RA-01', 'ID.RA-04', 'ID.RA-05'],
  },
  {
    kind: 'DISCUSSION',
    title: 'Inter-agency dialogue: sector-specific solutions',
    fromMinute: 210,
    toMinute: 270,
    frameworkRefs: [],
  },
];

/** Who each agency registers, in order: HEC, NITB and DGIP fill the eight seats, the MIS Wing waits. */
export const REGISTRATIONS: ReadonlyArray<{ agency: AgencyKey; subs: readonly string[] }> = [
  { agency: 'HEC', subs: ['hec-ayesha', 'hec-bilal', 'hec-sana'] },
  { agency: 'NITB', subs: ['nitb-usman', 'nitb-hira', 'nitb-kamran'] },
  { agency: 'DGIP', subs: ['dgip-asad', 'dgip-rabia'] },
  { agency: 'MIS', subs: ['mis-omar', 'mis-amna'] },
];

/** NITB's cloud architect gives up his place; the oldest waitlisted (the MIS Wing's director) is promoted. */
export const CANCELLED_REGISTRATION = 'nitb-kamran';

/** Confirmed, but did not come. */
export const NO_SHOWS: readonly string[] = ['hec-sana'];

export const FEEDBACK: ReadonlyArray<{ sub: string; rating: number; comment?: string }> = [
  { sub: 'hec-ayesha', rating: 5, comment: 'The roadmap workshop was directly useful.' },
  { sub: 'nitb-usman', rating: 4, comment: 'Good keynote; more time for the exercise next time.' },
  { sub: 'nitb-hira', rating: 4 },
  { sub: 'dgip-asad', rating: 5, comment: 'The risk register template is what we needed.' },
  { sub: 'mis-omar', rating: 4, comment: 'Glad a seat freed up.' },
];

export interface DemoMaterial {
  title: string;
  url: string;
  tlp: string;
  agendaItem: string;
  /** The originating agency (needed for an AMBER material). */
  agency?: AgencyKey;
}

export const MATERIALS: readonly DemoMaterial[] = [
  {
    title: 'Keynote slides: identifying cyber risk',
    url: 'https://files.example.gov.pk/cybersecuregov-8/keynote-risk.pdf',
    tlp: 'TLP:CLEAR',
    agendaItem: AGENDA[0].title,
  },
  {
    title: 'Roadmap workshop template',
    url: 'https://files.example.gov.pk/cybersecuregov-8/roadmap-template.xlsx',
    tlp: 'TLP:GREEN',
    agendaItem: AGENDA[2].title,
  },
  {
    title: 'Exercise scenario: ransomware at a provincial department',
    url: 'https://files.example.gov.pk/cybersecuregov-8/exercise-scenario.pdf',
    tlp: 'TLP:AMBER',
    agendaItem: AGENDA[3].title,
    agency: 'NCERT',
  },
];

export interface DemoPractice {
  agency: AgencyKey;
  author: string;
  title: string;
  summary: string;
  body: string;
  tags: readonly string[];
  sectors: readonly string[];
  frameworkRefs: readonly string[];
  tlp: string;
  sharedWith?: readonly AgencyKey[];
  recipients?: readonly string[];
  presentedAtSession?: boolean;
  /** The organiser who approves it (never its author: ADR 55); none leaves it waiting for review. */
  approver?: string;
  comments?: ReadonlyArray<{ by: string; body: string; replyTo?: string }>;
  endorsedBy?: ReadonlyArray<{ by: string; agency: AgencyKey; note?: string }>;
}

export const PRACTICES: readonly DemoPractice[] = [
  {
    agency: 'NCERT',
    author: ORGANISERS.grc,
    title: 'A cyber-risk identification worksheet for public-sector agencies',
    summary: 'The worksheet from the session 8 keynote: assets, threats, likelihood and impact on one page.',
    body: '# Using the worksheet\n\n1. List the services the public relies on.\n2. For each, the assets and who runs them.\n3. Score likelihood and impact from 1 to 5.\n4. Map each risk to NIST CSF 2.0 (ID.RA) and to the national policy.',
    tags: ['risk', 'csf', 'worksheet'],
    sectors: [],
    frameworkRefs: ['ID.RA', 'ID.RA-01', 'ID.RA-03', 'GV.OC-03'],
    tlp: 'TLP:CLEAR',
    presentedAtSession: true,
    // The CERT's own practice: a second organiser reviews it (four eyes, ADR 55).
    approver: ORGANISERS.capacityBuilding,
    endorsedBy: [{ by: 'hec-ayesha', agency: 'HEC', note: 'Used in our first risk workshop.' }],
  },
  {
    agency: 'HEC',
    author: 'hec-sana',
    title: 'A three-year cybersecurity roadmap for universities',
    summary: 'How HEC turned its self-assessment gaps into a funded three-year roadmap for 200 universities.',
    body: '# Steps\n\n1. Self-assess against NIST CSF 2.0.\n2. Rank the gaps by risk.\n3. Agree owners and budgets with the vice-chancellors.\n4. Review progress every quarter.',
    tags: ['roadmap', 'governance'],
    sectors: ['EDUCATION'],
    frameworkRefs: ['GV.RM', 'GV.RM-01', 'ID.IM-01'],
    tlp: 'TLP:GREEN',
    presentedAtSession: true,
    approver: ORGANISERS.coordinator,
    comments: [
      { by: 'nitb-hira', body: 'How did you rank the gaps when every university had different ones?' },
      {
        by: 'hec-sana',
        body: 'By the risk register: the gaps behind the top ten risks came first.',
        replyTo: 'How did you rank the gaps when every university had different ones?',
      },
    ],
    endorsedBy: [
      { by: 'nitb-usman', agency: 'NITB', note: 'Adopted for the ministries we host.' },
      { by: 'dgip-asad', agency: 'DGIP' },
      { by: 'mis-omar', agency: 'MIS', note: 'Our district roadmap follows it.' },
    ],
  },
  {
    agency: 'NITB',
    author: 'nitb-hira',
    title: 'Central log collection for federal ministries',
    summary: 'Collecting the logs of 30 ministries in one place, and what the SOC watches first.',
    body: '# What we collect\n\n- Domain controllers and VPN\n- E-mail gateways\n- Internet-facing web servers\n\nRetention: 12 months.',
    tags: ['logging', 'soc'],
    sectors: ['INFORMATION_TECHNOLOGY'],
    frameworkRefs: ['DE.CM', 'DE.CM-01', 'PR.PS-04'],
    tlp: 'TLP:AMBER',
    sharedWith: ['DGIP'],
    approver: ORGANISERS.coordinator,
    comments: [{ by: 'dgip-rabia', body: 'Could the passport offices send theirs the same way?' }],
    endorsedBy: [{ by: 'dgip-asad', agency: 'DGIP' }],
  },
  {
    agency: 'DGIP',
    author: 'dgip-rabia',
    title: 'Privileged access review for the passport issuance system',
    summary: 'A quarterly review of every administrator account of the issuance system, and what it found.',
    body: '# Review\n\nEvery quarter the system owner confirms each privileged account; unconfirmed accounts are disabled.',
    tags: ['identity', 'privileged-access'],
    sectors: ['IMMIGRATION'],
    frameworkRefs: ['PR.AA', 'PR.AA-05'],
    tlp: 'TLP:AMBER+STRICT',
    approver: ORGANISERS.capacityBuilding,
  },
  {
    agency: 'HDP',
    author: 'hdp-zainab',
    title: 'Incident notes: phishing campaign against district offices',
    summary: 'What the phishing campaign of last month looked like, and the indicators we blocked.',
    body: '# Timeline\n\nDay 1: first reports from two districts.\nDay 2: sender domains blocked at the gateway.',
    tags: ['phishing', 'incident'],
    sectors: ['HOME_AFFAIRS'],
    frameworkRefs: ['RS.MA', 'RS.AN'],
    tlp: 'TLP:RED',
    recipients: ['mis-omar', ORGANISERS.grc],
  },
  {
    agency: 'MIS',
    author: 'mis-amna',
    title: 'Patch windows for district police record systems',
    summary: 'Monthly patch windows agreed with 36 district offices without stopping the record systems.',
    body: '# Windows\n\nSecond Sunday of the month, 02:00 to 05:00, with a tested rollback.',
    tags: ['patching'],
    sectors: ['HOME_AFFAIRS'],
    frameworkRefs: ['PR.PS-02'],
    tlp: 'TLP:GREEN',
    // Submitted, waiting for an organiser: the review queue is not empty.
  },
];

export const ANNOUNCEMENT = {
  by: ORGANISERS.coordinator,
  title: 'Session 8 materials are online; the follow-up maturity campaign is open',
  body:
    'Thank you to everyone who joined session 8. The keynote slides and the roadmap template are in the ' +
    "session's materials. Please complete the follow-up CSF 2.0 self-assessment so we can see what moved.",
  priority: 'NORMAL',
  audience: { kind: 'ALL' },
  tlp: 'TLP:GREEN',
} as const;

export const CAMPAIGNS = {
  before: { name: 'CSF 2.0 baseline before session 8', opensDaysAgo: 30, closesInDays: 30 },
  after: { name: 'CSF 2.0 follow-up after session 8', opensDaysAgo: 0, closesInDays: 60 },
  targets: { default: 3, byFunction: { RC: 2 }, bySubcategory: { 'PR.AA-01': 4 } },
} as const;

/** Categories the session taught: attendees improve there in the follow-up. */
export const TAUGHT_CATEGORIES: readonly string[] = ['ID.RA', 'GV.OC', 'GV.RM', 'ID.IM'];

/** Assessments an organiser reviews (the rest stay submitted). */
export const REVIEWED_BASELINES: readonly AgencyKey[] = ['HEC', 'NITB', 'DGIP'];

/** HEC shares its follow-up assessment with NITB (it becomes TLP:AMBER). */
export const SHARED_ASSESSMENT = { agency: 'HEC' as AgencyKey, with: ['NITB'] as AgencyKey[] };

export interface DemoRoadmapItem {
  agency: AgencyKey;
  title: string;
  description: string;
  subcategoryIds: readonly string[];
  owner: string;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  effort: 'XS' | 'S' | 'M' | 'L' | 'XL';
  dueInDays: number;
  milestones?: ReadonlyArray<{ title: string; dueInDays: number }>;
  practices?: readonly string[];
  fromSession?: boolean;
  status?: 'IN_PROGRESS' | 'DONE' | 'BLOCKED';
}

export const ROADMAP: readonly DemoRoadmapItem[] = [
  {
    agency: 'HEC',
    title: 'A risk register for every campus',
    description: 'Each university keeps a risk register on the session 8 worksheet.',
    subcategoryIds: ['ID.RA-01', 'ID.RA-05'],
    owner: 'hec-sana',
    priority: 'P1',
    effort: 'M',
    dueInDays: 90,
    milestones: [
      { title: 'Pilot at ten universities', dueInDays: 30 },
      { title: 'All universities', dueInDays: 90 },
    ],
    practices: [PRACTICES[0].title],
    fromSession: true,
    status: 'IN_PROGRESS',
  },
  {
    agency: 'HEC',
    title: 'Approve the three-year cybersecurity roadmap',
    description: 'The Commission approves the roadmap and its budget.',
    subcategoryIds: ['GV.RM-01', 'GV.RM-02'],
    owner: 'hec-ayesha',
    priority: 'P1',
    effort: 'S',
    dueInDays: 45,
    practices: [PRACTICES[1].title],
    fromSession: true,
  },
  {
    agency: 'NITB',
    title: 'Risk appetite statement for hosted ministries',
    description: 'Agree with the ministries what risk NITB may accept for them.',
    subcategoryIds: ['GV.RM-02', 'GV.RM-03'],
    owner: 'nitb-usman',
    priority: 'P2',
    effort: 'M',
    dueInDays: 120,
    fromSession: true,
    status: 'IN_PROGRESS',
  },
  {
    agency: 'NITB',
    title: 'Threat intelligence feed into the SOC',
    description: 'Take the CERT advisories into the SOC automatically.',
    subcategoryIds: ['ID.RA-02', 'ID.RA-03'],
    owner: 'nitb-hira',
    priority: 'P2',
    effort: 'L',
    dueInDays: 180,
  },
  {
    agency: 'DGIP',
    title: 'Quarterly privileged access review',
    description:
      'Every quarter, every administrator account of the issuance system is confirmed or disabled.',
    subcategoryIds: ['PR.AA-05'],
    owner: 'dgip-rabia',
    priority: 'P1',
    effort: 'S',
    dueInDays: 30,
    status: 'DONE',
  },
  {
    agency: 'DGIP',
    title: 'Business impact analysis of passport services',
    description: 'Which services matter most, and what their outage costs.',
    subcategoryIds: ['ID.RA-04', 'GV.OC-04'],
    owner: 'dgip-asad',
    priority: 'P2',
    effort: 'M',
    dueInDays: 150,
    fromSession: true,
  },
  {
    agency: 'MIS',
    title: 'Roadmap for the district offices',
    description: "The MIS Wing's roadmap, following HEC's approach.",
    subcategoryIds: ['GV.RM-01', 'GV.OC-03'],
    owner: 'mis-omar',
    priority: 'P1',
    effort: 'M',
    dueInDays: 90,
    milestones: [{ title: 'Draft to the Home Secretary', dueInDays: 40 }],
    practices: [PRACTICES[1].title],
    fromSession: true,
    status: 'IN_PROGRESS',
  },
  {
    agency: 'MIS',
    title: 'Monthly patch windows in every district',
    description: 'Agree patch windows with the remaining district offices.',
    subcategoryIds: ['PR.PS-02'],
    owner: 'mis-amna',
    priority: 'P3',
    effort: 'S',
    dueInDays: 60,
    status: 'BLOCKED',
  },
];
