import { describe, expect, it } from 'vitest';
import { joinAddress } from './joinAddress';

const opened = { origin: 'http://localhost:4000', host: 'localhost:4000' };

describe('joinAddress', () => {
  it('uses the server’s public address, whatever address the screen was opened at', () => {
    expect(joinAddress('123456', 'https://wenzheng.example.gov.cn', opened)).toEqual({
      url: 'https://wenzheng.example.gov.cn/vote/123456',
      shown: 'wenzheng.example.gov.cn/vote',
    });
    expect(joinAddress('123456', 'http://192.168.1.20:8080', opened)).toEqual({
      url: 'http://192.168.1.20:8080/vote/123456',
      shown: '192.168.1.20:8080/vote',
    });
  });

  it('falls back to the address the screen was opened at only when the server has none', () => {
    expect(joinAddress('654321', null, opened)).toEqual({ url: 'http://localhost:4000/vote/654321', shown: 'localhost:4000/vote' });
    expect(joinAddress('654321', undefined, opened)).toEqual({ url: 'http://localhost:4000/vote/654321', shown: 'localhost:4000/vote' });
  });
});
