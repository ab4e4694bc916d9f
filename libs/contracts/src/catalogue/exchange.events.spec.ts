import { EventSchemaViolationError } from '../event-registry';
import { createPlatformEventRegistry } from './index';
import { CommentPosted, EXCHANGE_EVENTS, PracticePublished, PracticeRevised } from './exchange.events';

const marking = {
  practiceId: '0b7c1a52-1f0e-4f0e-9b7e-2a1d3c4b5a69',
  ownerAgencyId: '4f5e6d7c-8b9a-4a1b-8c2d-3e4f5a6b7c8d',
  sharedWithAgencyIds: [],
  recipientSubs: [],
};
const published = {
  ...marking,
  tlp: 'TLP:GREEN',
  authorSub: 'alice',
  status: 'PUBLISHED',
  version: 3,
  frameworkRefs: ['PR.AA-01'],
  sessionId: null,
  title: 'Phishing-resistant MFA',
  summary: 'FIDO2 keys in six weeks',
  tags: ['mfa'],
  sectors: ['HEALTH'],
  occurredAt: '2026-12-01T07:00:00.000Z',
};

describe('exchange event catalogue', () => {
  const registry = createPlatformEventRegistry();

  it('names every exchange event csg.exchange.<aggregate>.<fact>.v1, marked and keyed by practice', () => {
    expect(EXCHANGE_EVENTS.map((e) => e.type)).toEqual([
      'csg.exchange.practice.submitted.v1',
      'csg.exchange.practice.published.v1',
      'csg.exchange.practice.revised.v1',
      'csg.exchange.practice.rejected.v1',
      'csg.exchange.practice.withdrawn.v1',
      'csg.exchange.comment.posted.v1',
      'csg.exchange.practice.endorsed.v1',
    ]);
    for (const event of EXCHANGE_EVENTS) {
      expect(event).toMatchObject({ topic: 'csg.exchange', partitionKey: 'practiceId', marked: true });
      expect(event.schema.required).toContain('tlp');
    }
  });

  it('accepts a published practice with its content and what maturity needs', () => {
    expect(() => registry.validate({ type: PracticePublished.type, data: published })).not.toThrow();
  });

  it('accepts a TLP:RED practice that carries ids only', () => {
    const { title: _t, summary: _s, tags: _g, sectors: _c, ...ids } = published;
    const red = { ...ids, tlp: 'TLP:RED', recipientSubs: ['bob'] };
    expect(() => registry.validate({ type: PracticePublished.type, data: red })).not.toThrow();
  });

  it('refuses a TLP:RED event that carries content', () => {
    const red = { ...published, tlp: 'TLP:RED', recipientSubs: ['bob'] };
    expect(() => registry.validate({ type: PracticePublished.type, data: red })).toThrow(
      EventSchemaViolationError,
    );
    const comment = {
      ...marking,
      tlp: 'TLP:RED',
      commentId: '1b7c1a52-1f0e-4f0e-9b7e-2a1d3c4b5a69',
      parentId: null,
      authorSub: 'bob',
      body: 'secret',
      occurredAt: published.occurredAt,
    };
    expect(() => registry.validate({ type: CommentPosted.type, data: comment })).toThrow(
      EventSchemaViolationError,
    );
  });

  it('refuses an event without its marking', () => {
    const { tlp: _tlp, ...unmarked } = published;
    const revised = { ...unmarked, revisionNumber: 2, changedFields: ['title'], markingChangePending: false };
    expect(() => registry.validate({ type: PracticeRevised.type, data: revised })).toThrow(
      EventSchemaViolationError,
    );
  });
});
