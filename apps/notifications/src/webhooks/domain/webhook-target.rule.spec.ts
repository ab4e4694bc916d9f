import { classifyAddress } from './target-address.rule';
import { parseAllowList, parseWebhookTarget, targetVerdict } from './webhook-target.rule';

/** The host a URL really names, classified: every notation of a forbidden address is refused. */
const verdictOf = (url: string, allow = '') => {
  const target = parseWebhookTarget(url);
  if (!target) return 'unparseable';
  return targetVerdict(target.host, target.host, parseAllowList(allow));
};

describe('webhook targets', () => {
  it.each([
    ['http://127.0.0.1/hook', 'loopback'],
    ['http://127.1/hook', 'loopback'],
    ['http://2130706433/hook', 'loopback'],
    ['http://0x7f000001/hook', 'loopback'],
    ['http://0x7f.1/hook', 'loopback'],
    ['http://0177.0.0.1/hook', 'loopback'],
    ['http://017700000001/hook', 'loopback'],
    ['http://[::1]/hook', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/hook', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['http://[::ffff:7f00:1]/hook', 'loopback'],
    ['http://[64:ff9b::7f00:1]/hook', 'loopback'],
    ['http://[2002:7f00:1::]/hook', 'loopback'],
    ['http://10.1.2.3/hook', 'private'],
    ['http://172.16.0.1/hook', 'private'],
    ['http://172.31.255.255/hook', 'private'],
    ['http://192.168.1.1/hook', 'private'],
    ['http://[::ffff:192.168.1.1]/hook', 'private'],
    ['http://[fd12:3456::1]/hook', 'uniqueLocal'],
    ['http://169.254.1.1/hook', 'linkLocal'],
    ['http://[fe80::1]/hook', 'linkLocal'],
    ['http://169.254.169.254/latest/meta-data', 'linkLocal'],
    ['http://[64:ff9b:1::a9fe:a9fe]/', 'linkLocal'],
    ['http://[::ffff:0:a9fe:a9fe]/', 'linkLocal'],
    ['http://[::ffff:169.254.169.254]/', 'linkLocal'],
    ['http://[fd00:ec2::254]/', 'uniqueLocal'],
    ['http://100.64.0.1/hook', 'carrierGradeNat'],
    ['http://100.100.100.200/', 'carrierGradeNat'],
    ['http://100.127.255.254/hook', 'carrierGradeNat'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['http://0/hook', 'unspecified'],
    ['http://[::]/hook', 'unspecified'],
    ['http://localhost/hook', 'loopback'],
    ['http://api.localhost/hook', 'loopback'],
    ['http://metadata.google.internal/', 'loopback'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'broadcast'],
    ['http://[::127.0.0.1]/', 'loopback'],
    ['http://[::8.8.8.8]/', 'ipv4Compatible'],
    ['http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/', 'private'],
    ['http://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/', 'teredo'],
    ['http://[2002:808:808::1]/', '6to4'],
    ['http://[::ffff:8.8.8.8]/', 'ipv4Mapped'],
    ['http://[64:ff9b:1::808:808]/', 'rfc6052'],
    ['http://[100:0:0:1::1]/', 'dummyPrefix'],
    ['http://[3fff::1]/', 'reserved'],
    ['http://[4000::1]/', 'notGlobalUnicast'],
  ])('%s is refused as %s', (url, verdict) => {
    expect(verdictOf(url)).toBe(verdict);
  });

  it.each([
    'https://8.8.8.8/hook',
    'https://[2606:4700:4700::1111]/hook',
    'http://172.32.0.1/',
    'http://100.128.0.1/',
    'http://[64:ff9b::8.8.8.8]/',
  ])('%s (a public address) is allowed', (url) => {
    expect(verdictOf(url)).toBeNull();
  });

  it('a name is classified by the address it resolves to', () => {
    expect(targetVerdict('hooks.example.org', '10.0.0.5', new Set())).toBe('private');
    expect(targetVerdict('hooks.example.org', '93.184.216.34', new Set())).toBeNull();
  });

  it('the operator allow-list permits named hosts and addresses, nothing else', () => {
    expect(verdictOf('http://127.0.0.1:8080/hook', '127.0.0.1')).toBeNull();
    expect(verdictOf('http://localhost/hook', 'LOCALHOST')).toBeNull();
    expect(verdictOf('http://[::1]/hook', '::1')).toBeNull();
    expect(verdictOf('http://10.0.0.1/hook', '127.0.0.1')).toBe('private');
  });

  it('only http(s) URLs without credentials are targets', () => {
    expect(parseWebhookTarget('ftp://example.org/')).toBeNull();
    expect(parseWebhookTarget('https://user:pw@example.org/')).toBeNull();
    expect(parseWebhookTarget('not a url')).toBeNull();
  });

  it('the allow-list compares addresses in their canonical form', () => {
    expect(verdictOf('http://[::1]/hook', '0:0:0:0:0:0:0:1')).toBeNull();
    expect(verdictOf('http://[::ffff:127.0.0.1]/hook', '[::FFFF:7F00:1]')).toBeNull();
  });

  it('anything that is not an IP literal is never classified as reachable', () => {
    expect(classifyAddress('example.org')).toBe('notAnAddress');
  });
});
