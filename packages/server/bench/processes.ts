// The benchmark's processes: servers and load-generator helpers started under tsx, and what /proc says of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import WebSocket from 'ws';
import { sleep, type RoundVotes } from './load.js';

export const serverDir = path.resolve(import.meta.dirname, '..');
const tsx = createRequire(import.meta.url).resolve('tsx');

/** A process and its descendants (a server's worker processes), from /proc. */
export function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return []; // it has exited
  }
}

/** Open files of a process (its sockets, mostly), from /proc. */
export function openFiles(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and its descendants, in KB, from /proc. */
export function rssKb(pid: number): number {
  return processTree(pid).reduce((kb, p) => kb + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0), 0);
}

/**
 * The JavaScript memory (heap and external) a process holds after a full garbage collection, in KB:
 * steadier than its resident size. Asked through the inspector (SIGUSR1 opens it on port 9229; it is
 * closed again afterwards, so one process at a time); the process's own code is not involved.
 */
export async function heapAfterGcKb(pid: number): Promise<number> {
  process.kill(pid, 'SIGUSR1');
  let target: string | undefined;
  for (let tries = 0; !target && tries < 50; tries++) {
    await sleep(100);
    target = await fetch('http://127.0.0.1:9229/json/list')
      .then((response) => response.json() as Promise<{ webSocketDebuggerUrl: string }[]>)
      .then((list) => list[0]?.webSocketDebuggerUrl)
      .catch(() => undefined);
  }
  if (!target) throw new Error(`process ${pid} did not open its inspector`);
  const socket = new WebSocket(target);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve) => {
      const id = nextId++;
      const listener = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString());
        if (message.id !== id) return;
        socket.off('message', listener);
        resolve(message.result);
      };
      socket.on('message', listener);
      socket.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async (expression: string) => (await call('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  try {
    await call('HeapProfiler.collectGarbage');
    const { heapUsed, external } = JSON.parse(await evaluate('JSON.stringify(process.memoryUsage())'));
    return (heapUsed + external) / 1024;
  } finally {
    // Closing the inspector ends this very connection, so its answer is not awaited.
    socket.send(
      JSON.stringify({
        id: nextId++,
        method: 'Runtime.evaluate',
        params: { expression: "process.getBuiltinModule('node:inspector').close()" },
      }),
    );
    await sleep(200);
    socket.close();
  }
}

/** The same, summed over a server's worker processes, one after the other. */
export async function workersHeapAfterGcKb(serverPid: number): Promise<number> {
  let kb = 0;
  const tree = processTree(serverPid);
  for (const pid of tree.length > 1 ? tree.slice(1) : tree) kb += await heapAfterGcKb(pid);
  return kb;
}

/** CPU seconds used so far (user + system) by the given processes, from /proc. */
export function cpuSeconds(pids: number[]): number {
  return pids.reduce((seconds, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return seconds + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return seconds;
    }
  }, 0);
}

/** CPU seconds the whole machine has been busy (all cores, user + system + interrupts), from /proc/stat. */
export function machineBusySeconds(): number {
  // cpu  user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** What every process of the benchmark shares: the PATH, and the ballot voted with (see ballot.ts). */
const inherited = {
  PATH: process.env.PATH!,
  ...(process.env.BALLOT && { BALLOT: process.env.BALLOT }),
  ...(process.env.VOTE_BATCHES_AT_ONCE && { VOTE_BATCHES_AT_ONCE: process.env.VOTE_BATCHES_AT_ONCE }),
};

/** The inspector's own lines (the run opens it in each worker to measure memory after a collection). */
const INSPECTOR_LINE = /^(Debugger (listening on|attached|ending)|For help, see: )/;

function forward(chunk: Buffer): void {
  const lines = String(chunk)
    .split('\n')
    .filter((line) => line && !INSPECTOR_LINE.test(line));
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

export function startProcess(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', tsx, script], {
    cwd: serverDir,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let started = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      // Once it has started, what it says (a worker's crash, a warning) goes into the run's output.
      if (started) return void forward(chunk);
      output += chunk;
      if (ready.test(output)) {
        started = true;
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/** A helper process of the load generator (watchers, screen), driven over IPC; resolves once it is ready. */
export async function startHelper(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', tsx, script], {
    cwd: serverDir,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = (type: string, roundId?: string) =>
    new Promise<any>((resolve) => {
      const listener = (m: any) => {
        if (m.type !== type || (roundId !== undefined && m.roundId !== roundId)) return;
        child.off('message', listener);
        resolve(m);
      };
      child.on('message', listener);
    });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${script} stopped (exit code ${code}) before it was ready`))),
  );
  await Promise.race([message('ready'), exited]);
  return {
    process: child,
    /** Every phone of an audience process votes once in the round, as fast as they go. */
    vote: (roundId: string): Promise<RoundVotes> => {
      const voted = message('voted', roundId);
      child.send({ type: 'vote', roundId });
      return voted;
    },
    /** Resolves when all of an audience process's phones have seen the round open. */
    allSaw: (roundId: string) => {
      const seenAll = message('seen-all', roundId);
      child.send({ type: 'await-all', roundId });
      return seenAll;
    },
    report: () => {
      const report = message('report');
      child.send({ type: 'report' });
      return report;
    },
  };
}

export async function stopProcess(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
