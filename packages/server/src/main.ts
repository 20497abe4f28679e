// Start-up only: read the configuration, start the server, print where everything is, stop cleanly.
import { ConfigError, loadConfig } from './config.js';
import { createServer } from './server.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration problem: ${error.message}`);
    process.exit(78);
  }
  throw error;
}

const server = await createServer(config);
const surfaces: [path: string, name: string][] = [
  ['/', '公众首页 public home'],
  ['/clues', '征集问题线索 submit a clue (also /clues/track, /clues/list)'],
  ['/vote', '观众投票 audience voting (phones)'],
  ['/screen', '现场大屏 broadcast screen'],
  ['/host', '主持人控制台 host console'],
  ['/admin', '管理后台 congress staff (clue triage, follow-up board)'],
  ['/department', '承办单位 department portal'],
  ['/results', '结果公示 public results per session'],
  ['/graphql', 'GraphQL API, HTTP and WebSocket'],
  ['/readyz', 'readiness (also /healthz)'],
];
const width = Math.max(...surfaces.map(([path]) => server.url.length + path.length)) + 2;
const lines = [`Wenzheng is running at ${server.url}`, ...surfaces.map(([path, name]) => `  ${(server.url + path).padEnd(width)}${name}`)];
if (server.seededCredentials.length > 0) {
  lines.push('', 'Demo accounts (passwords are shown only this once):');
  for (const c of server.seededCredentials) lines.push(`  ${c.username.padEnd(15)} ${c.password.padEnd(16)} ${c.role}`);
}
console.log(`\n${lines.join('\n')}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    server.stop().then(() => { clearTimeout(force); process.exit(0); }, (error) => {
      server.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}
