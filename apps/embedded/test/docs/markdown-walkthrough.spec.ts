import { outputMismatch, walkthroughSteps } from './markdown-walkthrough';

const fence = '```';
const doc = [
  '# Title',
  `${fence}bash`,
  'echo one',
  fence,
  '',
  `${fence}text`,
  'one',
  fence,
  '',
  'Prose ends what a block prints:',
  '',
  `${fence}json`,
  '{"not": "an output"}',
  fence,
  '<!-- doc-test: skip (needs Keycloak) -->',
  '',
  `${fence}bash`,
  'npm run keycloak:start',
  fence,
  '<!-- doc-test: file receiver.mjs -->',
  `${fence}js`,
  'console.log(1);',
  fence,
  '<!-- doc-test: background -->',
  `${fence}bash`,
  'node receiver.mjs',
  fence,
  `${fence}text`,
  '1',
  fence,
  '<!-- doc-test: eventually -->',
  `${fence}bash`,
  'curl -s x',
  fence,
  '',
  '1. In a list:',
  '',
  `   ${fence}bash`,
  '   echo indented',
  `   ${fence}`,
].join('\n');

describe('a Markdown walkthrough', () => {
  it('steps_AreBashBlocksWithTheBlockAfterEachAsItsOutput_AndMarkersSayHowToTakeThem', () => {
    const steps = walkthroughSteps(doc);

    expect(steps.map((s) => [s.kind, s.code, s.expected?.text, s.fileName, s.eventually])).toEqual([
      ['run', 'echo one', 'one', undefined, false],
      ['skip', 'npm run keycloak:start', undefined, undefined, false],
      ['file', 'console.log(1);', undefined, 'receiver.mjs', false],
      ['background', 'node receiver.mjs', '1', undefined, false],
      ['run', 'curl -s x', undefined, undefined, true],
      ['run', 'echo indented', undefined, undefined, false],
    ]);
    expect(steps[0]).toMatchObject({ line: 2, expected: { format: 'lines' } });
  });

  it('lines_MatchInOrderWithGapsAndEllipses_AndAnyMissingOrReorderedLineFails', () => {
    const expected = { format: 'lines' as const, text: 'HTTP/1.1 201 Created\n…\netag: "…"' };

    expect(outputMismatch(expected, 'HTTP/1.1 201 Created\nx-a: b\n  etag: "1"  \n{}')).toBeUndefined();
    expect(outputMismatch(expected, 'etag: "1"\nHTTP/1.1 201 Created')).toMatch(/etag/);
    expect(outputMismatch(expected, 'HTTP/1.1 200 OK\netag: "1"')).toMatch(/201 Created/);
  });

  it('json_MatchesAsAValue_WithEllipsesInStringsAndExactlyTheFieldsShown', () => {
    const expected = { format: 'json' as const, text: '{"id": "…", "status": 412, "errors": ["a…"]}' };

    expect(outputMismatch(expected, '{\n "errors": ["abc"], "id": "x-1", "status": 412\n}')).toBeUndefined();
    expect(outputMismatch(expected, '{"id": "x", "status": 409, "errors": ["a"]}')).toMatch(/status/);
    expect(outputMismatch(expected, '{"id": "x", "status": 412, "errors": ["a"], "more": 1}')).toMatch(
      /fields/,
    );
    expect(outputMismatch(expected, '{"id": "x", "status": 412, "errors": ["a", "a"]}')).toMatch(/array/);
    expect(outputMismatch(expected, '{"id": 1, "status": 412, "errors": ["a"]}')).toMatch(/\$\.id/);
    expect(outputMismatch(expected, 'not json')).toMatch(/not one JSON document/);
  });
});
