import { MaturityRuleViolation, type MaturityErrorCode } from '../../maturity-rule.violation';
import {
  BUILT_IN_FRAMEWORK_ID,
  type CategoryNode,
  type FrameworkDefinition,
  type SubcategoryNode,
} from './framework-definition';
import { FRAMEWORK_ERRORS } from './framework.errors';

/** Catalogs beyond these sizes are refused before anything is stored. */
export const OSCAL_LIMITS = {
  nodes: 5_000,
  idLength: 64,
  titleLength: 500,
  proseLength: 10_000,
  examples: 50,
};

const ID = /^[A-Za-z0-9][A-Za-z0-9._()\-]*$/;

interface OscalPart {
  name?: unknown;
  prose?: unknown;
  parts?: unknown;
}

interface OscalNode {
  id?: unknown;
  class?: unknown;
  title?: unknown;
  props?: unknown;
  parts?: unknown;
  controls?: unknown;
}

/**
 * An OSCAL 1.x catalog (JSON) as a framework: groups become functions, their controls
 * categories, nested controls subcategories (statement and example parts kept); withdrawn
 * items (`props` status `withdrawn`) are skipped. A control without nested controls is
 * assessed itself: it becomes a category with one subcategory of the same id (ADR 0042).
 * NIST's CSF 2.0 catalog is recognised by its `framework-identifier` props and maps to the
 * built-in `nist-csf-2.0`. Anything that is not such a catalog is refused with the path of
 * the first problem.
 */
export function parseOscalCatalog(document: unknown): FrameworkDefinition {
  const catalog = field(document, 'catalog', '$');
  const metadata = field(catalog, 'metadata', '$.catalog');
  const title = text(
    field(metadata, 'title', '$.catalog.metadata'),
    '$.catalog.metadata.title',
    OSCAL_LIMITS.titleLength,
  );
  const version = text(field(metadata, 'version', '$.catalog.metadata'), '$.catalog.metadata.version', 100);
  requireString((catalog as Record<string, unknown>).uuid, '$.catalog.uuid');
  const groups = list((catalog as Record<string, unknown>).groups ?? [], '$.catalog.groups');
  const seen = new Set<string>();
  let nodes = 0;
  const count = () => {
    if (++nodes > OSCAL_LIMITS.nodes) {
      throw refuse(
        FRAMEWORK_ERRORS.catalogTooLarge,
        `The catalog has more than ${OSCAL_LIMITS.nodes} groups and controls.`,
      );
    }
  };
  const identify = (node: OscalNode, path: string) => {
    const id = identifier(node.id, `${path}.id`);
    if (seen.has(id))
      throw refuse(FRAMEWORK_ERRORS.duplicateIdentifier, `${path}.id: ${id} appears twice in the catalog.`);
    seen.add(id);
    return id;
  };
  const functions = groups
    .map((group, g) => ({ group: group as OscalNode, path: `$.catalog.groups[${g}]` }))
    .filter(({ group, path }) => isObject(group, path) && !isWithdrawn(group))
    .map(({ group, path }) => {
      count();
      const id = identify(group, path);
      const categories = list(group.controls ?? [], `${path}.controls`)
        .map((control, c) => ({ control: control as OscalNode, path: `${path}.controls[${c}]` }))
        .filter(({ control, path: p }) => isObject(control, p) && !isWithdrawn(control))
        .map(({ control, path: p }): CategoryNode => {
          count();
          const categoryId = identify(control, p);
          const nested = list(control.controls ?? [], `${p}.controls`)
            .map((sub, s) => ({ sub: sub as OscalNode, path: `${p}.controls[${s}]` }))
            .filter(({ sub, path: sp }) => isObject(sub, sp) && !isWithdrawn(sub))
            .map(({ sub, path: sp }): SubcategoryNode => {
              count();
              return {
                id: identify(sub, sp),
                statement: statementOf(sub, sp),
                examples: examplesOf(sub, sp),
              };
            });
          const statement = statementOf(control, p);
          return {
            id: categoryId,
            name: titleOf(control, p, categoryId),
            statement,
            subcategories:
              nested.length > 0 ? nested : [{ id: categoryId, statement, examples: examplesOf(control, p) }],
          };
        });
      return { id, name: titleOf(group, path, id), statement: overviewOf(group, path), categories };
    })
    .filter((fn) => fn.categories.length > 0);
  if (functions.length === 0) {
    throw refuse(
      FRAMEWORK_ERRORS.catalogEmpty,
      'The catalog has no groups with controls that are not withdrawn.',
    );
  }
  return {
    id: frameworkIdOf(metadata as Record<string, unknown>, title, version),
    name: title,
    version,
    source: 'OSCAL',
    functions,
  };
}

/** NIST's CSF 2.0 catalog names itself in props; any other catalog gets an id from its title and version. */
function frameworkIdOf(metadata: Record<string, unknown>, title: string, version: string): string {
  const props = Array.isArray(metadata.props) ? (metadata.props as Array<Record<string, unknown>>) : [];
  const prop = (name: string) => props.find((p) => p?.name === name)?.value;
  if (
    prop('framework-identifier') === 'CSF' &&
    String(prop('framework-version-identifier') ?? '').startsWith('CSF_2_0')
  ) {
    return BUILT_IN_FRAMEWORK_ID;
  }
  const slug = `${title}-${version}`
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 64);
  return slug || 'imported-catalog';
}

function isWithdrawn(node: OscalNode): boolean {
  const props = Array.isArray(node.props) ? (node.props as Array<Record<string, unknown>>) : [];
  return props.some((p) => p?.name === 'status' && String(p.value).toLowerCase() === 'withdrawn');
}

function partsOf(node: OscalNode, path: string): OscalPart[] {
  return list(node.parts ?? [], `${path}.parts`).filter(
    (p): p is OscalPart => typeof p === 'object' && p !== null,
  );
}

function proseOf(part: OscalPart, path: string): string | null {
  if (part.prose === undefined) return null;
  return text(part.prose, `${path}.prose`, OSCAL_LIMITS.proseLength);
}

function statementOf(node: OscalNode, path: string): string | null {
  const part = partsOf(node, path).find((p) => p.name === 'statement');
  return part ? proseOf(part, `${path}.parts`) : null;
}

function overviewOf(node: OscalNode, path: string): string | null {
  const part = partsOf(node, path).find((p) => p.name === 'overview' || p.name === 'statement');
  return part ? proseOf(part, `${path}.parts`) : null;
}

function examplesOf(node: OscalNode, path: string): string[] {
  return partsOf(node, path)
    .filter((p) => p.name === 'example')
    .map((p) => proseOf(p, `${path}.parts`))
    .filter((p): p is string => p !== null)
    .slice(0, OSCAL_LIMITS.examples);
}

function titleOf(node: OscalNode, path: string, fallback: string): string {
  return node.title === undefined ? fallback : text(node.title, `${path}.title`, OSCAL_LIMITS.titleLength);
}

function field(value: unknown, name: string, path: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notACatalog(`${path} must be an object.`);
  }
  const found = (value as Record<string, unknown>)[name];
  if (found === undefined) throw notACatalog(`${path}.${name} is missing.`);
  return found;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw notACatalog(`${path} must be an array.`);
  return value;
}

function isObject(value: unknown, path: string): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw notACatalog(`${path} must be an object.`);
  return true;
}

function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw notACatalog(`${path} must be a non-empty string.`);
  return value;
}

function text(value: unknown, path: string, max: number): string {
  const s = requireString(value, path).trim();
  if (s.length > max || /[\u0000]/.test(s))
    throw notACatalog(`${path} must be at most ${max} characters without NUL.`);
  return s;
}

function identifier(value: unknown, path: string): string {
  const id = requireString(value, path);
  if (id.length > OSCAL_LIMITS.idLength || !ID.test(id)) {
    throw notACatalog(`${path} must be an OSCAL token of at most ${OSCAL_LIMITS.idLength} characters.`);
  }
  return id;
}

const notACatalog = (detail: string) =>
  refuse(FRAMEWORK_ERRORS.notOscalCatalog, `Not an OSCAL 1.x catalog in JSON: ${detail}`);

const refuse = (code: MaturityErrorCode, detail: string) => new MaturityRuleViolation(code, detail);
