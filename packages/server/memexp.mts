// temporary experiment (not committed)
import { spawn } from 'node:child_process';
const url = process.env.URL!;
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const j = await r.json() as any; if (j.errors) throw new Error(JSON.stringify(j.errors)); return j.data;
}
const login = async (u: string) => (await gql('mutation($u: String!) { login(input: { username: $u, password: "wz-test-password" }) { token } }', { u })).login.token;
const admin = await login('admin');
const session = (await gql('mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }', { i: { title: 't', theme: 't', scheduledAt: new Date().toISOString() } }, admin)).createSession;
await gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
console.log('SESSION', session.id, session.joinCode);
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/watchers.ts'], { env: { ...process.env, WATCH_URL: url, WATCHERS: process.env.N!, WATCH_SESSION: session.id, WATCH_JOIN_CODE: session.joinCode }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
await new Promise<void>((r) => child.on('message', (m: any) => m.type === 'ready' && r()));
console.log('READY');
await new Promise((r) => setTimeout(r, 600_000));
