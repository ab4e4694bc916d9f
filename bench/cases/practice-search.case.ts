import type { Principal } from '@csg/auth';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '../../libs/testing/src/postgres/test-database';
import { EXCHANGE_ENTITIES } from '../../apps/exchange/src/exchange.entities';
import { EXCHANGE_MIGRATIONS } from '../../apps/exchange/src/exchange.migrations';
import { PracticeSearchReader } from '../../apps/exchange/src/practices/infrastructure/practice-search.reader';
import type { BenchCase, Measurement } from '../lib/bench-case';
import { percentile, round } from '../lib/stats';

const AGENCIES = 200;
/** Words the corpus is written in; queries are two of them (ordinary words, as in the baseline). */
const WORDS = (
  'access account alert analysis antivirus application asset audit authentication awareness backup baseline ' +
  'breach budget campaign certificate change cloud compliance configuration containment continuity credential ' +
  'data database detection device directory disaster domain drill email encryption endpoint exercise firewall ' +
  'forensics framework gateway governance hardening identity incident inventory isolation key laptop ledger ' +
  'logging malware mobile monitoring network password patch payroll phishing policy privilege procurement ' +
  'ransomware recovery register remote resilience response restore review risk roadmap router sandbox scanning ' +
  'segmentation server session software staff supplier supply threat token training update vendor vulnerability ' +
  'wireless workstation'
).split(' ');

/**
 * Search over a corpus of practices (100,000; 20,000 in quick mode) under every marking: the
 * exchange's search statement as `GET /practices?q=` runs it (stored weighted tsvector, GIN, the
 * TLP predicate of a member of one agency in the same SQL, top 20 by rank with keyset and
 * endorsement count) against the bare query: the stored tsvector with the GIN index, two
 * ordinary words, top 20 by rank, no filter. Both run in this process on one pool, sequentially,
 * alternating which side goes first; the figure that matters is p95 (`extra.p95Ms`).
 */
export const practiceSearchCase: BenchCase = {
  name: 'practice-search',
  title: 'practice search: stored tsvector + GIN, TLP predicate of an agency member in the same SQL, top 20',
  baselineTitle: 'bare stored-tsvector query: @@ two words, top 20 by ts_rank, no TLP filter',
  goal: { ratio: 1 / 3, text: 'p95 ≤ 3× the bare stored-tsvector query, TLP filtering applied' },
  async setup(ctx) {
    const practices = ctx.quick ? 20_000 : 100_000;
    const queries = ctx.quick ? 200 : 1_000;
    const database = await createTestDatabase('bench_practice_search');
    const dataSource = createServiceDataSource({
      name: 'bench-practice-search',
      url: database.url,
      entities: EXCHANGE_ENTITIES,
      migrations: EXCHANGE_MIGRATIONS,
      poolSize: 2,
    });
    await dataSource.initialize();
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    ctx.progress(`practice-search: seeding ${practices} practices`);
    await seedCorpus(dataSource.query.bind(dataSource), practices, ctx.progress);
    const reader = new PracticeSearchReader(dataSource.manager);
    const member: Principal = {
      kind: 'person',
      sub: 'bench-member',
      platformRoles: [],
      memberships: [{ agencyId: agencyId(1), role: 'member', agencyStatus: 'ACTIVE' }],
    };
    let seed = 7;
    const nextWord = () => WORDS[(seed = (seed * 1103515245 + 12345) % 2147483648) % WORDS.length];
    const terms = Array.from({ length: queries }, () => `${nextWord()} ${nextWord()}`);

    const measure = async (run: (q: string) => Promise<unknown>): Promise<Measurement> => {
      const latencies: number[] = [];
      const started = process.hrtime.bigint();
      for (const q of terms) {
        const t0 = process.hrtime.bigint();
        await run(q);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      return {
        throughput: queries / seconds,
        unit: 'req/s',
        p50Ms: round(percentile(latencies, 0.5), 3),
        p99Ms: round(percentile(latencies, 0.99), 3),
        extra: { p95Ms: round(percentile(latencies, 0.95), 3), queries, practices },
      };
    };
    const baseline = () =>
      measure((q) =>
        dataSource.query(
          `SELECT id, title FROM practices
            WHERE search @@ websearch_to_tsquery('english', $1)
            ORDER BY ts_rank(search, websearch_to_tsquery('english', $1)) DESC
            LIMIT 20`,
          [q],
        ),
      );
    const platform = () => measure((q) => reader.search({ q }, member, 'relevance', 21));
    // Unmeasured warm-up of both (plans, caches).
    for (const q of terms.slice(0, 20)) {
      await reader.search({ q }, member, 'relevance', 21);
      await dataSource.query(
        `SELECT 1 FROM practices WHERE search @@ websearch_to_tsquery('english', $1) LIMIT 20`,
        [q],
      );
    }
    return {
      async round(index) {
        ctx.progress(`practice-search: round ${index + 1}`);
        const facetsStarted = process.hrtime.bigint();
        await reader.facets({ q: terms[index % terms.length] }, member);
        const facetsMs = Number(process.hrtime.bigint() - facetsStarted) / 1e6;
        if (index % 2 === 0) {
          const b = await baseline();
          const p = await platform();
          return { baseline: b, platform: withFacets(p, facetsMs) };
        }
        const p = await platform();
        return { platform: withFacets(p, facetsMs), baseline: await baseline() };
      },
      async teardown() {
        await dataSource.destroy();
        await database.drop();
      },
    };
  },
};

function withFacets(measurement: Measurement, facetsMs: number): Measurement {
  return { ...measurement, extra: { ...measurement.extra, oneFacetsQueryMs: round(facetsMs, 1) } };
}

function agencyId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * Published practices of 200 agencies: 40% CLEAR, 35% GREEN, 15% AMBER (shared with the next
 * agency), 8% AMBER+STRICT, 2% RED; titles of 4 words, summaries of 12, 3 tags, bodies of 80.
 * A query's two words each occur in about a tenth of the practices.
 */
async function seedCorpus(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
  practices: number,
  progress: (message: string) => void,
): Promise<void> {
  const batch = 10_000;
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]::text[]`;
  // One word in ten from WORDS (so each of them is in about one practice in ten), the rest from a
  // long tail of 20,000 rarer words, as ordinary prose mixes common and rare words.
  const phrase = (n: number) =>
    `(SELECT string_agg(CASE WHEN random() < 0.1 THEN (${words})[1 + floor(random() * ${WORDS.length})::int]
                             ELSE 'w' || floor(20000 * random() ^ 2)::int END, ' ')
        FROM generate_series(1, ${n} + 0 * i))`;
  for (let from = 1; from <= practices; from += batch) {
    const to = Math.min(practices, from + batch - 1);
    progress(`practice-search: seeding practices ${from}–${to} of ${practices}`);
    await query(
      `INSERT INTO practices (id, owner_agency_id, author_sub, title, summary, body, tags, sectors, framework_refs,
         framework_categories, framework_functions, tlp, shared_with_agency_ids, recipient_subs, status, version,
         revision_count, created_at, updated_at, published_at)
       SELECT gen_random_uuid(), owner, 'author-' || i, ${phrase(4)}, ${phrase(12)}, ${phrase(80)},
              string_to_array(${phrase(3)}, ' '), ARRAY['OTHER'], ARRAY['PR.AA'], ARRAY['PR.AA'], ARRAY['PR'],
              marking,
              CASE WHEN marking = 'TLP:AMBER' THEN ARRAY[('00000000-0000-4000-8000-' || lpad(to_hex((i + 1) % ${AGENCIES} + 1), 12, '0'))::uuid] ELSE '{}'::uuid[] END,
              CASE WHEN marking = 'TLP:RED' THEN ARRAY['person-' || i] ELSE '{}'::text[] END,
              'PUBLISHED', 3, 1, now(), now() - (i || ' seconds')::interval, now()
         FROM (SELECT i, ('00000000-0000-4000-8000-' || lpad(to_hex(i % ${AGENCIES} + 1), 12, '0'))::uuid AS owner,
                      CASE WHEN i % 50 = 0 THEN 'TLP:RED' WHEN i % 100 < 10 THEN 'TLP:AMBER+STRICT'
                           WHEN i % 100 < 25 THEN 'TLP:AMBER' WHEN i % 100 < 60 THEN 'TLP:GREEN' ELSE 'TLP:CLEAR' END AS marking
                 FROM generate_series($1::int, $2::int) i) s`,
      [from, to],
    );
  }
  await query('ANALYZE practices');
}
