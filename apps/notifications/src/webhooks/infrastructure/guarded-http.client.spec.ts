import type { LookupAddress } from 'node:dns';
import { parseAllowList } from '../domain/webhook-target.rule';
import { ForbiddenTargetError, postGuarded, resolveTarget, type ResolveAll } from './guarded-http.client';

/** A resolver that answers every name with `addresses`, as DNS would. */
const answering =
  (...addresses: string[]): ResolveAll =>
  (_host, _options, callback) =>
    callback(
      null,
      addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

describe('the guarded client at delivery', () => {
  it.each([
    ['http://[64:ff9b:1::a9fe:a9fe]/hook', 'refused: linkLocal address'],
    ['http://[::ffff:0:a9fe:a9fe]/hook', 'refused: linkLocal address'],
    ['http://[2002:a00:1::]/hook', 'refused: private address'],
  ])('a stored literal target %s is refused without connecting', async (url, error) => {
    expect(await postGuarded(url, {}, '{}', parseAllowList(''))).toMatchObject({ status: null, error });
  });

  it.each([
    ['64:ff9b:1::a9fe:a9fe', 'linkLocal'],
    ['::ffff:0:a9fe:a9fe', 'linkLocal'],
    ['64:ff9b::a00:1', 'private'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'private'],
    ['100:0:0:1::1', 'dummyPrefix'],
  ])('a name that resolves to %s (among public addresses) is refused', async (address, verdict) => {
    await expect(
      resolveTarget('hooks.example.org', new Set(), answering('93.184.216.34', address)),
    ).rejects.toEqual(new ForbiddenTargetError(`hooks.example.org resolves to a ${verdict} address`));
  });

  it('a name that resolves only to public addresses, NAT64-synthesised ones included, is reached', async () => {
    const addresses = await resolveTarget(
      'hooks.example.org',
      new Set(),
      answering('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '64:ff9b::5db8:d822'),
    );
    expect(addresses.map((a) => a.address)).toEqual([
      '93.184.216.34',
      '2606:2800:220:1:248:1893:25c8:1946',
      '64:ff9b::5db8:d822',
    ]);
  });

  it('the operator allow-list still admits a named host whatever it resolves to', async () => {
    await expect(
      resolveTarget(
        'hooks.internal.example',
        parseAllowList('HOOKS.internal.example'),
        answering('10.0.0.5'),
      ),
    ).resolves.toHaveLength(1);
  });
});
