import { waitFor } from '@csg/testing/wait-for';
import { NotificationsTestPlatform } from './notifications-platform.fixture';

describe('announcements and the inbox (embedded platform, HTTP)', () => {
  let api: NotificationsTestPlatform;
  let organiser: string;
  let agencyA: string;
  let agencyB: string;

  beforeAll(async () => {
    api = await NotificationsTestPlatform.start('notif_inbox');
    organiser = await api.token('organiser-1', ['organiser']);
    agencyA = await api.agencyWithMembers(organiser, [
      { sub: 'ann-a1', role: 'agency-admin' },
      { sub: 'ann-a2' },
    ]);
    agencyB = await api.agencyWithMembers(organiser, [{ sub: 'ann-b1' }], {
      tier: 'PROVINCIAL',
      jurisdiction: 'Punjab',
      sector: 'EDUCATION',
    });
  });

  afterAll(async () => {
    await api?.stop();
  });

  const announce = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.call('POST', 'announcements', {
      token: organiser,
      headers,
      body: {
        title: 'Session 9',
        body: 'Registration is open.',
        priority: 'NORMAL',
        tlp: 'TLP:GREEN',
        audience: { kind: 'ALL' },
        ...body,
      },
    });

  const inboxOf = async (sub: string, query = '') =>
    api.call('GET', `me/notifications${query}`, { token: await api.token(sub) });

  it('an organiser announces to ALL: every member of a verified agency gets it in one set-based write', async () => {
    const created = await announce({ title: 'To everyone' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'PUBLISHED',
      recipientCount: 3,
      version: 2,
      publishedAt: expect.any(String),
    });
    expect(created.headers.get('etag')).toBe('"2"');
    for (const sub of ['ann-a1', 'ann-a2', 'ann-b1']) {
      const inbox = await inboxOf(sub);
      expect(inbox.status).toBe(200);
      expect(inbox.body.items.map((n: any) => n.title)).toContain('To everyone');
      expect(inbox.body.unreadCount).toBeGreaterThanOrEqual(1);
    }
    const [event] = await api.query(
      'notifications',
      `SELECT value::jsonb AS data FROM outbox WHERE event_type = $1 AND message_key = $2`,
      ['csg.notifications.announcement.published.v1', created.body.id],
    );
    expect(event.data).toMatchObject({
      announcementId: created.body.id,
      recipientCount: 3,
      tlp: 'TLP:GREEN',
    });
  });

  it('TIERS, SECTORS and AGENCIES select by the projected agency directory', async () => {
    const tiers = await announce({
      title: 'Provincial only',
      audience: { kind: 'TIERS', values: ['PROVINCIAL'] },
    });
    expect(tiers.body.recipientCount).toBe(1);
    const sectors = await announce({
      title: 'IT only',
      audience: { kind: 'SECTORS', values: ['INFORMATION_TECHNOLOGY'] },
    });
    expect(sectors.body.recipientCount).toBe(2);
    const agencies = await announce({ title: 'B only', audience: { kind: 'AGENCIES', values: [agencyB] } });
    expect(agencies.body.recipientCount).toBe(1);
    expect((await inboxOf('ann-a1')).body.items.map((n: any) => n.title)).not.toContain('B only');
  });

  it('TLP:AMBER+STRICT reaches only the one agency; TLP:RED only the people named', async () => {
    const strict = await announce({
      title: 'A internal',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyA] },
    });
    expect(strict.body.recipientCount).toBe(2);
    const red = await announce({
      title: 'Red note',
      tlp: 'TLP:RED',
      recipientSubs: ['ann-a2'],
      audience: { kind: 'ALL' },
    });
    expect(red.body.recipientCount).toBe(1);
    expect((await inboxOf('ann-a2')).body.items.map((n: any) => n.title)).toContain('Red note');
    expect((await inboxOf('ann-a1')).body.items.map((n: any) => n.title)).not.toContain('Red note');
    const [event] = await api.query(
      'notifications',
      `SELECT value::jsonb AS data FROM outbox WHERE message_key = $1`,
      [red.body.id],
    );
    expect(event.data).toMatchObject({ title: null, body: null, tlp: 'TLP:RED' });
  });

  it('a marking the audience cannot carry is a 422 problem and writes nothing', async () => {
    const before = await api.query('notifications', 'SELECT count(*)::int AS n FROM announcements');
    const amber = await announce({ tlp: 'TLP:AMBER', audience: { kind: 'ALL' } });
    expect(amber.status).toBe(422);
    expect(amber.body).toMatchObject({ code: 'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES', status: 422 });
    expect(amber.headers.get('content-type')).toContain('application/problem+json');
    const bad = await announce({ audience: { kind: 'TIERS', values: ['GALACTIC'] } });
    expect(bad.status).toBe(422);
    const invalid = await announce({ priority: 'LOUD', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: any) => e.field)).toEqual(
      expect.arrayContaining(['priority', 'extra']),
    );
    const after = await api.query('notifications', 'SELECT count(*)::int AS n FROM announcements');
    expect(after[0].n).toBe(before[0].n);
  });

  it('only operators announce; members get 403, anonymous 401', async () => {
    const member = await api.call('POST', 'announcements', { token: await api.token('ann-a1'), body: {} });
    expect(member.status).toBe(403);
    expect((await api.call('POST', 'announcements', { body: {} })).status).toBe(401);
  });

  it('a retry with the same Idempotency-Key gets the first response and publishes once', async () => {
    const key = `ann-${Date.now()}`;
    const first = await announce({ title: 'Once' }, { 'idempotency-key': key });
    const again = await announce({ title: 'Once' }, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const rows = await api.query(
      'notifications',
      `SELECT count(*)::int AS n FROM announcements WHERE title = 'Once'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('a scheduled announcement waits in the due-time table and is published when due', async () => {
    const publishAt = new Date(Date.now() + 1500).toISOString();
    const scheduled = await announce({ title: 'Later', publishAt });
    expect(scheduled.body).toMatchObject({ status: 'SCHEDULED', recipientCount: null, publishedAt: null });
    const jobs = await api.query('notifications', `SELECT kind FROM due_jobs WHERE ref = $1`, [
      scheduled.body.id,
    ]);
    expect(jobs).toEqual([{ kind: 'announcement' }]);
    await waitFor(async () => (await inboxOf('ann-b1')).body.items.some((n: any) => n.title === 'Later'), {
      what: 'scheduled announcement',
    });
    const list = await api.call('GET', 'announcements', { token: organiser });
    expect(list.body.items.find((a: any) => a.id === scheduled.body.id)).toMatchObject({
      status: 'PUBLISHED',
      recipientCount: 3,
    });
  });

  it('members list the announcements that reached them; operators list all', async () => {
    const mine = await api.call('GET', 'announcements', { token: await api.token('ann-b1') });
    expect(mine.status).toBe(200);
    const titles = mine.body.items.map((a: any) => a.title);
    expect(titles).toContain('B only');
    expect(titles).not.toContain('A internal');
    expect(titles).not.toContain('Red note');
    const page = await api.call('GET', 'announcements?limit=2', { token: organiser });
    expect(page.body.items).toHaveLength(2);
    const next = await api.call('GET', `announcements?limit=2&cursor=${page.body.nextCursor}`, {
      token: organiser,
    });
    expect(next.body.items[0].id).not.toBe(page.body.items[1].id);
    expect((await api.call('GET', 'announcements?cursor=garbage', { token: organiser })).status).toBe(400);
  });

  it("the inbox pages by cursor, filters unread, marks one or all read, and hides others' notifications", async () => {
    const token = await api.token('ann-a2');
    const first = await api.call('GET', 'me/notifications?limit=2', { token });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const id = first.body.items[0].id;
    const read = await api.call('POST', `me/notifications/${id}/read`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, read: true });
    const unread = await api.call('GET', 'me/notifications?unread=true&limit=100', { token });
    expect(unread.body.items.map((n: any) => n.id)).not.toContain(id);
    expect(unread.body.unreadCount).toBe(unread.body.items.length);
    expect(
      (await api.call('POST', `me/notifications/${id}/read`, { token: await api.token('ann-b1') })).status,
    ).toBe(404);
    const all = await api.call('POST', 'me/notifications/read-all', { token });
    expect(all.status).toBe(200);
    expect(all.body.marked).toBe(unread.body.unreadCount);
    expect((await api.call('GET', 'me/notifications', { token })).body.unreadCount).toBe(0);
  });

  it('preferences: defaults per category, changes kept, OFF silences normal announcements but never URGENT ones', async () => {
    const token = await api.token('ann-b1');
    const defaults = await api.call('GET', 'me/preferences', { token });
    expect(defaults.body.categories).toEqual([
      { category: 'ANNOUNCEMENT', channels: ['IN_APP', 'EMAIL'], delivery: 'IMMEDIATE' },
      { category: 'SESSION', channels: ['IN_APP', 'EMAIL'], delivery: 'IMMEDIATE' },
      { category: 'EXCHANGE', channels: ['IN_APP', 'EMAIL'], delivery: 'DAILY_DIGEST' },
      { category: 'AGENCY', channels: ['IN_APP', 'EMAIL'], delivery: 'IMMEDIATE' },
    ]);
    const put = await api.call('PUT', 'me/preferences', {
      token,
      body: { categories: [{ category: 'ANNOUNCEMENT', channels: [], delivery: 'OFF' }] },
    });
    expect(put.status).toBe(200);
    expect(put.body.categories[0]).toEqual({ category: 'ANNOUNCEMENT', channels: [], delivery: 'OFF' });
    expect(
      (
        await api.call('PUT', 'me/preferences', {
          token,
          body: { categories: [{ category: 'X', channels: [], delivery: 'OFF' }] },
        })
      ).status,
    ).toBe(400);
    await announce({ title: 'Quiet one', audience: { kind: 'AGENCIES', values: [agencyB] } });
    await announce({
      title: 'Loud one',
      priority: 'URGENT',
      audience: { kind: 'AGENCIES', values: [agencyB] },
    });
    const titles = (await inboxOf('ann-b1')).body.items.map((n: any) => n.title);
    expect(titles).toContain('Loud one');
    expect(titles).not.toContain('Quiet one');
    // The urgent e-mail goes out although b1 turned announcements OFF; the quiet one queues none.
    const mails = await waitFor(
      async () => {
        const rows = await api.query(
          'notifications',
          `SELECT q.to_address, q.status FROM mail_queue q JOIN notification_facts f ON f.id = ANY(q.fact_ids)
            WHERE f.title = 'Loud one'`,
        );
        return rows.length > 0 && rows.every((r) => r.status === 'SENT') ? rows : null;
      },
      { what: 'the urgent e-mail sent' },
    );
    expect(mails.map((m) => m.to_address)).toEqual(['ann-b1@example.gov.pk']);
    expect(
      await api.query(
        'notifications',
        `SELECT 1 FROM mail_queue q JOIN notification_facts f ON f.id = ANY(q.fact_ids) OR f.id = q.fanout_fact_id
          WHERE f.title = 'Quiet one'`,
      ),
    ).toEqual([]);
  });

  it('TLP in the inbox is checked at read time: a member who leaves the agency stops seeing its AMBER+STRICT news', async () => {
    const agencyC = await api.agencyWithMembers(organiser, [
      { sub: 'leaver-admin', role: 'agency-admin' },
      { sub: 'leaver' },
    ]);
    await announce({
      title: 'C only',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyC] },
    });
    await announce({ title: 'C green', audience: { kind: 'AGENCIES', values: [agencyC] } });
    const before = await inboxOf('leaver');
    expect(before.body.items.map((n: any) => n.title).sort()).toEqual(['C green', 'C only']);
    const members = await api.call('GET', `agencies/${agencyC}/members`, { token: organiser });
    const leaver = members.body.items.find((m: any) => m.sub === 'leaver');
    expect(
      (await api.call('DELETE', `agencies/${agencyC}/members/${leaver.id}`, { token: organiser })).status,
    ).toBe(204);
    await waitFor(
      async () =>
        (await api.query('notifications', `SELECT 1 FROM projected_memberships WHERE sub = 'leaver'`))
          .length === 0,
      { what: 'the removal projected in notifications' },
    );
    const after = await inboxOf('leaver');
    expect(after.body.items.map((n: any) => n.title)).toEqual([]);
    expect(after.body.unreadCount).toBe(0);
    const id = before.body.items.find((n: any) => n.title === 'C only').id;
    expect(
      (await api.call('POST', `me/notifications/${id}/read`, { token: await api.token('leaver') })).status,
    ).toBe(404);
  });

  describe('SESSION_PARTICIPANTS follows who is confirmed, whenever the notifications service learns it (ADR 58)', () => {
    const TITLE = 'Session 9: bring your laptop';
    const people = [
      'sp-stays',
      'sp-cancels-before',
      'sp-cancels-after',
      'sp-promoted-before',
      'sp-promoted-after',
    ];
    let sessionId: string;
    let announcementId: string;

    /** Notification rows of the announcement per person (inbox or not), from the notifications database. */
    const rowsPerPerson = async () => {
      const rows = await api.query(
        'notifications',
        `SELECT n.recipient_sub AS sub, count(*)::int AS n FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
          WHERE f.kind = 'announcement' AND f.source_id = $1 GROUP BY n.recipient_sub`,
        [announcementId],
      );
      return Object.fromEntries(rows.map((r: any) => [r.sub, r.n]));
    };
    const inboxCount = async (sub: string) =>
      (await inboxOf(sub)).body.items.filter((n: any) => n.title === TITLE).length;
    const projected = async () =>
      Object.fromEntries(
        (
          await api.query(
            'notifications',
            `SELECT sub, status FROM session_participants WHERE session_id = $1`,
            [sessionId],
          )
        ).map((r: any) => [r.sub, r.status]),
      );
    const settled = {
      'sp-stays': 'CONFIRMED',
      'sp-cancels-before': 'CANCELLED',
      'sp-cancels-after': 'CANCELLED',
      'sp-promoted-before': 'CONFIRMED',
      'sp-promoted-after': 'CONFIRMED',
    };

    it('published right after the registrations: the confirmed and the promoted get it once, who cancelled before gets none', async () => {
      const agency = await api.agencyWithMembers(organiser, [
        { sub: 'sp-admin', role: 'agency-admin' },
        ...people.map((sub) => ({ sub })),
      ]);
      const admin = await api.token('sp-admin');
      const startsAt = new Date(Date.now() + 7 * 86400_000);
      const created = await api.call('POST', 'sessions', {
        token: organiser,
        body: {
          sequence: 9000 + Math.floor(Math.random() * 90000),
          title: 'CyberSecureGov: strategic roadmaps',
          description: 'Workshop.',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 5 * 3_600_000).toISOString(),
          timezone: 'Asia/Karachi',
          mode: 'IN_PERSON',
          venue: 'National CERT auditorium, Islamabad',
          capacity: 3,
        },
      });
      expect(created.status).toBe(201);
      sessionId = created.body.id;
      expect((await api.call('POST', `sessions/${sessionId}/schedule`, { token: organiser })).status).toBe(
        200,
      );
      const registered = await api.call('POST', `sessions/${sessionId}/registrations`, {
        token: admin,
        body: {
          agencyId: agency,
          participants: people.map((sub) => ({ sub, name: sub, email: `${sub}@example.gov.pk` })),
        },
      });
      expect(registered.status).toBe(201);
      expect(registered.body.items.map((r: any) => r.status)).toEqual([
        'CONFIRMED',
        'CONFIRMED',
        'CONFIRMED',
        'WAITLISTED',
        'WAITLISTED',
      ]);
      const registrationOf = (sub: string) => registered.body.items.find((r: any) => r.sub === sub).id;
      const cancel = async (sub: string) =>
        expect(
          (
            await api.call('DELETE', `sessions/${sessionId}/registrations/${registrationOf(sub)}`, {
              token: admin,
            })
          ).status,
        ).toBe(204);

      await cancel('sp-cancels-before'); // promotes sp-promoted-before
      const published = await announce({
        title: TITLE,
        audience: { kind: 'SESSION_PARTICIPANTS', values: [sessionId] },
      });
      expect(published.status).toBe(201);
      announcementId = published.body.id;
      await cancel('sp-cancels-after'); // promotes sp-promoted-after

      await waitFor(
        async () => {
          const now = await projected();
          const told = await rowsPerPerson();
          return (
            Object.entries(settled).every(([sub, status]) => now[sub] === status) &&
            told['sp-promoted-after'] === 1
          );
        },
        { what: 'every registration event projected and the late promotion told' },
      );
      expect(await rowsPerPerson()).toEqual({
        'sp-stays': 1,
        'sp-cancels-after': 1,
        'sp-promoted-before': 1,
        'sp-promoted-after': 1,
      });
      for (const sub of ['sp-stays', 'sp-cancels-after', 'sp-promoted-before', 'sp-promoted-after'])
        expect(await inboxCount(sub)).toBe(1);
      expect(await inboxCount('sp-cancels-before')).toBe(0);
      const listed = await api.call('GET', 'announcements', { token: organiser });
      expect(listed.body.items.find((a: any) => a.id === announcementId)).toMatchObject({
        status: 'PUBLISHED',
        recipientCount: 4,
      });
    });

    it('the registration events delivered again, even past the inbox, tell nobody twice', async () => {
      const before = await rowsPerPerson();
      const redelivered: Array<{ event_id: string }> = await api.query(
        'notifications',
        `DELETE FROM inbox WHERE consumer_group = 'csg.notifications' AND event_type LIKE 'csg.sessions.registration.%'
         RETURNING event_id`,
      );
      expect(redelivered.length).toBeGreaterThanOrEqual(7);
      await api.query(
        'bus',
        `UPDATE bus_group_offsets SET next_offset = 0 WHERE group_id = 'csg.notifications' AND topic = 'csg.sessions'`,
      );
      await waitFor(
        async () =>
          (
            await api.query(
              'notifications',
              `SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'csg.notifications' AND event_id = ANY($1)`,
              [redelivered.map((r) => r.event_id)],
            )
          )[0].n === redelivered.length,
        { what: 'the registration events handled again' },
      );
      expect(await rowsPerPerson()).toEqual(before);
      expect(await projected()).toEqual(settled);
      for (const sub of ['sp-stays', 'sp-cancels-after', 'sp-promoted-before', 'sp-promoted-after'])
        expect(await inboxCount(sub)).toBe(1);
      expect(await inboxCount('sp-cancels-before')).toBe(0);
    });
  });

  it('the other audiences are fixed when published: a member added later does not get an earlier announcement', async () => {
    const agencyD = await api.agencyWithMembers(organiser, [{ sub: 'early-d', role: 'agency-admin' }]);
    await announce({ title: 'D before', audience: { kind: 'AGENCIES', values: [agencyD] } });
    await api.addMember(organiser, agencyD, { sub: 'late-d', role: 'member' });
    await waitFor(
      async () =>
        (await api.query('notifications', `SELECT 1 FROM member_directory WHERE sub = 'late-d'`)).length ===
        1,
      { what: 'the new member projected in notifications' },
    );
    await announce({ title: 'D after', audience: { kind: 'AGENCIES', values: [agencyD] } });
    expect((await inboxOf('early-d')).body.items.map((n: any) => n.title).sort()).toEqual([
      'D after',
      'D before',
    ]);
    expect((await inboxOf('late-d')).body.items.map((n: any) => n.title)).toEqual(['D after']);
  });
});
