import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_EVENTS, createPlatformEventRegistry } from './catalogue';
import { egressTableMarkdown, withEgressTable } from './egress-table';
import { exampleDataOf } from './example-data';

describe('egress declarations in the catalogue', () => {
  const registry = createPlatformEventRegistry();

  it.each(PLATFORM_EVENTS.map((d) => [d.type, d] as const))(
    'eventType_%s_DeclaresHowItMayLeave_NamingOnlyFieldsItHas',
    (_type, definition) => {
      const rule = definition.egress;
      expect(rule).toBeDefined();
      expect(rule!.summary.length).toBeGreaterThan(10);
      const fields = Object.keys(definition.schema.properties ?? {});
      const named = [
        rule!.subject?.idField,
        rule!.ownerField,
        rule!.ownerOnlyWhen?.field === 'pendingRevision' ? undefined : rule!.ownerOnlyWhen?.field,
        ...(rule!.personalFields ?? []),
      ].filter((f): f is string => f !== undefined);
      expect(fields).toEqual(expect.arrayContaining(named));
      if (rule!.to === 'readers') expect(rule!.subject).toBeDefined();
      if (rule!.to === 'owner') expect(rule!.ownerField).toBeDefined();
      if (rule!.marking === undefined && rule!.to !== 'nobody') expect(fields).toContain('tlp');
    },
  );

  it.each(PLATFORM_EVENTS.map((d) => [d.type, d] as const))(
    'eventType_%s_HasAnExampleItsSchemaAccepts',
    (_type, definition) => {
      expect(() =>
        registry.validate({ type: definition.type, data: exampleDataOf(definition) }),
      ).not.toThrow();
    },
  );

  it('personalData_EmailAddressesAndNames_AreDeclaredPersonalWhereverTheyTravel', () => {
    for (const definition of PLATFORM_EVENTS) {
      if (definition.egress?.to === 'nobody') continue;
      const fields = Object.keys(definition.schema.properties ?? {});
      const isAboutPeople =
        definition.type.includes('.member.') || definition.type.includes('.registration.');
      const personal = fields.filter((f) =>
        (isAboutPeople ? /email|displayName|^name$|^sub$/i : /email/i).test(f),
      );
      expect(definition.egress?.personalFields ?? []).toEqual(expect.arrayContaining(personal));
    }
  });
});

describe("docs/security.md's table of what leaves the platform", () => {
  it('isWhatTheCatalogueDeclares_RunNpmRunDocsEgressAfterChangingARule', () => {
    const document = readFileSync(join(__dirname, '../../../docs/security.md'), 'utf8');
    expect(withEgressTable(document, egressTableMarkdown(PLATFORM_EVENTS))).toBe(document);
  });
});
