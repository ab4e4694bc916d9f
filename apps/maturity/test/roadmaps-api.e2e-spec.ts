import ExcelJS from 'exceljs';
import { waitFor } from '@csg/testing/wait-for';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const day = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString().slice(0, 10);

describe('maturity API: roadmaps, drafts, exports and due reminders (embedded platform)', () => {
  let p: MaturityTestPlatform;
  let organiser: string;
  let adminA: string;
  let ownerA: string;
  let memberA: string;
  let adminB: string;
  let agencyA: string;
  let itemId: string;

  beforeAll(async () => {
    process.env.MATURITY_REMINDER_INTERVAL_MS = '200';
    p = await MaturityTestPlatform.start('maturity_roadmaps');
    organiser = await p.token('org-2', ['organiser']);
    adminA = await p.token('ra-admin');
    ownerA = await p.token('ra-owner');
    memberA = await p.token('ra-member');
    adminB = await p.token('rb-admin');
    agencyA = await p.agencyWith(
      organiser,
      { name: 'Directorate General of Immigration & Passports', acronym: 'DGIP', sector: 'IMMIGRATION' },
      [
        { sub: 'ra-admin', role: 'agency-admin' },
        { sub: 'ra-owner', role: 'member' },
        { sub: 'ra-member', role: 'member' },
      ],
    );
    await p.agencyWith(
      organiser,
      { name: 'MIS Wing', acronym: 'MISW', tier: 'PROVINCIAL', jurisdiction: 'Punjab' },
      [{ sub: 'rb-admin', role: 'agency-admin' }],
    );
  });

  afterAll(async () => {
    delete process.env.MATURITY_REMINDER_INTERVAL_MS;
    await p?.stop();
  });

  it("an agency's admins plan items; members and other agencies cannot", async () => {
    const body = {
      title: 'MFA for every administrator',
      subcategoryIds: ['PR.AA-01', 'PR.AA-03'],
      ownerSub: 'ra-owner',
      priority: 'P1',
      effort: 'M',
      startsOn: inDays(0),
      dueOn: inDays(3),
      milestones: [{ title: 'Pilot, with commas; and semicolons', dueOn: inDays(1) }],
    };
    const planned = await p.call('POST', `agencies/${agencyA}/roadmap/items`, { token: adminA, body });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({
      status: 'PLANNED',
      version: 1,
      subcategoryIds: ['PR.AA-01', 'PR.AA-03'],
    });
    itemId = planned.body.id;
    expect((await p.call('POST', `agencies/${agencyA}/roadmap/items`, { token: memberA, body })).status).toBe(
      403,
    );
    expect((await p.call('POST', `agencies/${agencyA}/roadmap/items`, { token: adminB, body })).status).toBe(
      403,
    );
    const unknown = await p.call('POST', `agencies/${agencyA}/roadmap/items`, {
      token: adminA,
      body: { ...body, subcategoryIds: ['XX.YY-01'] },
    });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'ROADMAP.SUBCATEGORIES_INVALID' } });
    const late = await p.call('POST', `agencies/${agencyA}/roadmap/items`, {
      token: adminA,
      body: { ...body, startsOn: inDays(5) },
    });
    expect(late.body.code).toBe('ROADMAP.DATES_INVALID');
  });

  it('emits roadmap.item-due from the due-time table for an item due within the reminder window', async () => {
    const due = await waitFor(
      async () => {
        const rows = await p.query(
          'maturity',
          `SELECT value FROM outbox WHERE event_type = 'csg.maturity.roadmap.item-due.v1'`,
        );
        return rows.length > 0 ? rows : null;
      },
      { what: 'the roadmap.item-due event', timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(due).toHaveLength(1);
    expect(JSON.parse(due[0].value).data ?? JSON.parse(due[0].value)).toMatchObject({
      itemId,
      daysBefore: 7,
      tlp: 'TLP:AMBER+STRICT',
    });
    const [reminder] = await p.query(
      'maturity',
      `SELECT emitted_at FROM roadmap_reminders WHERE item_id = $1`,
      [itemId],
    );
    expect(reminder.emitted_at).not.toBeNull();
  });

  it("reaches the item's owner in their inbox through the notifications service", async () => {
    const dueIn = (answer: { body: { items?: Array<{ title: string }> } }) =>
      (answer.body.items ?? []).filter((n) => n.title.startsWith('Roadmap item due'));
    const inbox = await waitFor(
      async () => {
        const due = dueIn(await p.call('GET', 'me/notifications', { token: ownerA }));
        return due.length > 0 ? due : null;
      },
      { what: "the due reminder in the owner's inbox", timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(inbox[0].title).toBe(`Roadmap item due ${inDays(3)}: MFA for every administrator`);
    expect(dueIn(await p.call('GET', 'me/notifications', { token: memberA }))).toEqual([]);
  });

  it('lets the owning member change the status only, over If-Match, and emits the status change', async () => {
    const moved = await p.call('PATCH', `roadmap/items/${itemId}`, {
      token: ownerA,
      headers: { 'if-match': '"1"' },
      body: { status: 'IN_PROGRESS' },
    });
    expect(moved).toMatchObject({ status: 200, body: { status: 'IN_PROGRESS', version: 2 } });
    const stale = await p.call('PATCH', `roadmap/items/${itemId}`, {
      token: ownerA,
      headers: { 'if-match': '"1"' },
      body: { status: 'DONE' },
    });
    expect(stale.status).toBe(412);
    const beyond = await p.call('PATCH', `roadmap/items/${itemId}`, {
      token: ownerA,
      body: { dueOn: inDays(30) },
    });
    expect(beyond).toMatchObject({ status: 403, body: { code: 'ROADMAP.NOT_ITEM_OWNER' } });
    expect(
      (await p.call('PATCH', `roadmap/items/${itemId}`, { token: memberA, body: { status: 'DONE' } })).status,
    ).toBe(403);
    expect(
      (await p.call('PATCH', `roadmap/items/${itemId}`, { token: adminB, body: { status: 'DONE' } })).status,
    ).toBe(404);
    const events = await p.query(
      'maturity',
      `SELECT value FROM outbox WHERE event_type = 'csg.maturity.roadmap.item-status-changed.v1'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0].value).toContain('"previousStatus":"PLANNED"');
  });

  it('names as owner only a member of the agency: anyone else is a 422 OWNER_NOT_MEMBER, on planning and on change', async () => {
    const body = {
      title: 'Owned elsewhere',
      subcategoryIds: ['GV.OC-01'],
      priority: 'P3',
      effort: 'S',
      dueOn: inDays(365),
    };
    for (const ownerSub of ['rb-admin', 'nobody-at-all']) {
      const refused = await p.call('POST', `agencies/${agencyA}/roadmap/items`, {
        token: adminA,
        body: { ...body, ownerSub },
      });
      expect(refused).toMatchObject({ status: 422, body: { code: 'ROADMAP.OWNER_NOT_MEMBER' } });
    }
    const planned = await p.call('POST', `agencies/${agencyA}/roadmap/items`, { token: adminA, body });
    expect(planned.status).toBe(201);
    const changed = await p.call('PATCH', `roadmap/items/${planned.body.id}`, {
      token: adminA,
      body: { ownerSub: 'rb-admin' },
    });
    expect(changed).toMatchObject({ status: 422, body: { code: 'ROADMAP.OWNER_NOT_MEMBER' } });
    const owned = await p.call('PATCH', `roadmap/items/${planned.body.id}`, {
      token: adminA,
      body: { ownerSub: 'ra-member' },
    });
    expect(owned).toMatchObject({ status: 200, body: { ownerSub: 'ra-member', version: 2 } });
  });

  it('lists the roadmap as JSON pages, CSV, an .xlsx plan of action and an iCalendar feed', async () => {
    await p.call('POST', `agencies/${agencyA}/roadmap/items`, {
      token: adminA,
      body: {
        title: '=HYPERLINK("x")',
        subcategoryIds: ['GV.OC-01'],
        priority: 'P3',
        effort: 'S',
        dueOn: inDays(60),
      },
    });
    const page = await p.call('GET', `agencies/${agencyA}/roadmap?limit=1`, { token: memberA });
    expect(page.body.items.map((i: { id: string }) => i.id)).toEqual([itemId]);
    const next = await p.call('GET', `agencies/${agencyA}/roadmap?limit=1&cursor=${page.body.nextCursor}`, {
      token: memberA,
    });
    expect(next.body.items[0].title).toBe('=HYPERLINK("x")');
    expect(
      (await p.call('GET', `agencies/${agencyA}/roadmap?status=IN_PROGRESS`, { token: organiser })).body
        .items,
    ).toHaveLength(1);
    expect((await p.call('GET', `agencies/${agencyA}/roadmap`, { token: adminB })).status).toBe(403);

    const csv = await p.call('GET', `agencies/${agencyA}/roadmap`, {
      token: memberA,
      headers: { accept: 'text/csv' },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,title,status,priority,effort,startsOn,dueOn,ownerSub,subcategoryIds,milestones,description',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);

    const xlsx = await fetch(`${p.baseUrl}/api/v1/agencies/${agencyA}/roadmap?format=xlsx`, {
      headers: { authorization: `Bearer ${memberA}` },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = book.getWorksheet('POA&M')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('MFA for every administrator');
    expect(sheet.getRow(3).getCell(9).value).toBe('Pilot, with commas; and semicolons');

    const ics = await p.call('GET', `agencies/${agencyA}/roadmap.ics`, { token: memberA });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.headers.get('content-disposition')).toBe(`attachment; filename="roadmap-${agencyA}.ics"`);
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain(`DTSTART;VALUE=DATE:${inDays(3).replace(/-/g, '')}`);
    expect(ics.body).toContain('SUMMARY:Milestone: Pilot\\, with commas\\; and semicolons');
  });

  it("drafts items from an assessment's largest gaps without saving anything", async () => {
    const campaign = await p.call('POST', 'campaigns', {
      token: organiser,
      body: {
        name: 'Roadmap campaign',
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
        audience: { kind: 'ALL' },
        targets: { default: 3 },
      },
    });
    const assessment = await p.call('POST', `agencies/${agencyA}/assessments`, {
      token: adminA,
      body: { campaignId: campaign.body.id },
    });
    await p.call('PUT', `assessments/${assessment.body.id}/answers`, {
      token: adminA,
      body: {
        answers: [
          { subcategoryId: 'GV.OC-01', current: 0 },
          { subcategoryId: 'GV.OC-02', current: 2 },
          { subcategoryId: 'DE.CM-01', current: 1 },
        ],
      },
    });
    const before = await p.query('maturity', `SELECT count(*)::int AS n FROM roadmap_items`);
    const draft = await p.call('POST', `assessments/${assessment.body.id}/roadmap-draft`, { token: memberA });
    expect(draft.status).toBe(200);
    expect(
      draft.body.items.map((i: { subcategoryIds: string[]; priority: string }) => [
        i.subcategoryIds,
        i.priority,
      ]),
    ).toEqual([
      [['GV.OC-01', 'GV.OC-02'], 'P1'],
      [['DE.CM-01'], 'P1'],
    ]);
    expect(await p.query('maturity', `SELECT count(*)::int AS n FROM roadmap_items`)).toEqual(before);
    expect(
      (await p.call('POST', `assessments/${assessment.body.id}/roadmap-draft`, { token: adminB })).status,
    ).toBe(404);
  });
});
