import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL server from Debian's binaries: its own data folder and socket folder
 * in a temp dir, trust auth, loopback only, on a free port. initdb refuses to run as root, so as
 * root the server runs as the `postgres` system user. The test that starts it stops it and
 * removes the folder, whatever happened.
 */
export type PostgresServer = {
  url: string;
  port: number;
  /** SIGKILLs the postmaster and every process it started, all at once, like a host losing power; returns the pids. */
  crash(): number[];
  /**
   * Once the killed processes are gone, starts the server on the same data folder (crash
   * recovery runs first) without waiting for it to accept connections.
   */
  startAgain(): Promise<void>;
  /** Whether the server accepts connections now. */
  isReady(): Promise<boolean>;
  /** The end of the server's log, for a failing test's message. */
  logTail(lines?: number): string;
  /** Stops the server if it runs and removes its folder. */
  destroy(): Promise<void>;
};

function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");
  return join(root, newest, "bin");
}

async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "rpc-fault-pg-"));
  const dataDir = join(dir, "data");
  const logFile = join(dir, "server.log");
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const asServerUser = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { cwd: dir }) : run(join(bin, command), args, { cwd: dir });

  const port = await freeLoopbackPort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=40`;
  const pgCtlStart = (wait: boolean) => asServerUser("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, wait ? "-w" : "-W", "start"]);

  try {
    await asServerUser("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await pgCtlStart(true);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let killed: number[] = [];
  const postmasterPid = () => {
    const file = join(dataDir, "postmaster.pid");
    return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
  };

  return {
    url,
    port,
    crash() {
      const pid = postmasterPid();
      if (!pid) throw new Error("the server is not running");
      killed = [pid, ...childrenOf(pid)];
      for (const target of killed) process.kill(target, "SIGKILL");
      return killed;
    },
    async startAgain() {
      // A killed process stays a zombie until init reaps it (here about 2 s), and PostgreSQL
      // takes a live pid in postmaster.pid for a running server and refuses to start.
      const deadline = performance.now() + 15_000;
      while (killed.some(isAlive)) {
        if (performance.now() > deadline) throw new Error(`killed server processes still present: ${killed.filter(isAlive).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await pgCtlStart(false);
    },
    async isReady() {
      // What pg_isready asks (does the server accept a session?), without spawning a process
      // per poll, so the moment is measured to a few milliseconds.
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
      client.on("error", () => undefined);
      try {
        await client.connect();
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    logTail(lines = 30) {
      return existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n") : "";
    },
    async destroy() {
      if (postmasterPid()) await asServerUser("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
