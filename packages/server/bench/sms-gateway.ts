// A stand-in for the Yunpian SMS gateway, for benchmarks of PHONE_CODE sessions: it accepts every
// message, and answers GET /code?mobile=… with the last code sent to that number.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startSmsGateway(): Promise<{ sendUrl: string; codeUrl: string; close(): void }> {
  const codes = new Map<string, string>();
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      const mobile = new URL(req.url!, 'http://gateway').searchParams.get('mobile') ?? '';
      return void res.end(codes.get(mobile) ?? '');
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      codes.set(form.get('mobile')!, /(\d{6})/.exec(form.get('text') ?? '')?.[1] ?? '');
      res.setHeader('content-type', 'application/json');
      res.end('{"code":0,"msg":"发送成功"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { sendUrl: `${base}/v2/sms/single_send.json`, codeUrl: `${base}/code`, close: () => server.close() };
}
