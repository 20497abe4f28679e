// Where each server's CPU goes per vote while rounds are open, from a run with PROFILE=<folder>:
//   node --import tsx bench/profile-votes.ts <folder>
// Only samples inside the voting windows the run wrote beside the profiles (windows.json) count, so
// joins, host actions between rounds and start-up are left out. A sample's time is the time until the
// next sample; "(garbage collector)" and system calls (writev, …) are listed as V8 names them. Figures
// are µs per acknowledged vote, with the profiler's own overhead in them: compare, don't add up to
// the run's "server CPU per vote".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Window {
  from: number;
  to: number;
  votes: number;
}

/** A frame's place: a package, one of our source files, or V8's own name for native work. */
function placeOf({ functionName, url }: CallFrame): string {
  if (!url) return functionName || '(native)';
  if (url.startsWith('node:')) return 'node';
  const pnpm = url.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pnpm) return pnpm[1]!;
  const ours = url.match(/packages\/server\/((?:src|bench)\/.+)$/);
  return ours ? ours[1]! : url;
}

/** µs per vote by place and by function, over every profile in `folder`, inside its voting windows. */
function perVote(folder: string) {
  const windows = (JSON.parse(readFileSync(path.join(folder, 'windows.json'), 'utf8')) as Window[]).sort((a, b) => a.from - b.from);
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const counted = new Set<Window>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Profile;
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let at = profile.startTime;
    let w = 0;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i]!;
      while (w < windows.length && windows[w]!.to < at) w++;
      const window = windows[w];
      if (!window || at < window.from) return;
      counted.add(window);
      const frame = frames.get(id)!;
      if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      const us = profile.timeDeltas[i + 1] ?? 0;
      add(byPlace, placeOf(frame), us);
      add(byFunction, frame.url ? `${frame.functionName || '(anonymous)'} ${placeOf(frame)}:${frame.lineNumber + 1}` : placeOf(frame), us);
    });
  }
  const votes = [...counted].reduce((n, w) => n + w.votes, 0);
  const scale = (map: Map<string, number>) => new Map([...map].map(([k, us]) => [k, us / votes]));
  return { votes, windows: counted.size, byPlace: scale(byPlace), byFunction: scale(byFunction) };
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: node --import tsx bench/profile-votes.ts <the PROFILE folder of a benchmark run>');
const ours = perVote(path.join(folder, 'wenzheng'));
const limit = perVote(path.join(folder, 'limit'));
const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
const f = (us: number | undefined) => (us ?? 0).toFixed(2).padStart(8);

console.log(`Wenzheng: ${ours.votes} votes in ${ours.windows} rounds; machine limit: ${limit.votes} votes in ${limit.windows} rounds`);
console.log(
  `busy µs per vote while rounds are open: Wenzheng ${total(ours.byPlace).toFixed(1)}, machine limit ${total(limit.byPlace).toFixed(1)}\n`,
);
console.log(`${'Wenzheng'.padStart(8)} ${'limit'.padStart(8)} ${'more'.padStart(8)}  where`);
const places = [...new Set([...ours.byPlace.keys(), ...limit.byPlace.keys()])]
  .map((place) => ({ place, ours: ours.byPlace.get(place) ?? 0, limit: limit.byPlace.get(place) ?? 0 }))
  .sort((a, b) => Math.max(b.ours, b.limit) - Math.max(a.ours, a.limit))
  .slice(0, 30);
for (const p of places) console.log(`${f(p.ours)} ${f(p.limit)} ${f(p.ours - p.limit)}  ${p.place}`);
console.log('\nWenzheng, by function:');
for (const [name, us] of [...ours.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${f(us)}  ${name}`);
