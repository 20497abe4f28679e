import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

describe('the public address', () => {
  let configured: TestServer;
  let unset: TestServer;
  beforeAll(async () => {
    [configured, unset] = await Promise.all([startTestServer({ PUBLIC_URL: 'https://wenzheng.example.gov.cn/' }), startTestServer()]);
  });
  afterAll(async () => {
    await Promise.all([configured?.stop(), unset?.stop()]);
  });

  it('tells anyone the configured PUBLIC_URL, which the screen shows phones to join', async () => {
    expect(await configured.gql('{ publicUrl }')).toMatchObject({ data: { publicUrl: 'https://wenzheng.example.gov.cn' } });
  });

  it('is null without PUBLIC_URL, so pages use the address they were opened at', async () => {
    expect((await unset.gql('{ publicUrl }')).data).toEqual({ publicUrl: null });
  });
});
