// Progress of a bulk job. On a terminal: live bars (all bytes with rate and ETA, files done, and one
// bar per file in flight) drawn on stderr by cli-progress. Elsewhere (a pipe, a CI log, TERM=dumb):
// one plain line per finished, skipped or failed file on stderr, so logs stay greppable.
import { MultiBar, type SingleBar } from "cli-progress";
import { formatBytes } from "./output";

/** Receives the events of a bulk job. */
export interface Progress {
  /**
   * Sets the number of files and, when known before the job starts (uploads), their bytes. Without
   * bytes (a backup learns sizes only as downloads start), the bar and ETA go by files.
   */
  setTotals(files: number, bytes?: number): void;
  start(name: string, bytes: number | undefined): void;
  /** Bytes of `name` transferred so far, and its size once known. */
  advance(name: string, loaded: number, total?: number): void;
  done(name: string, detail: string): void;
  skip(name: string, reason: string): void;
  fail(name: string, reason: string): void;
  /** Removes the bars (call before printing the summary). */
  stop(): void;
}

/** Whether stderr is an interactive terminal that can redraw bars. */
export function canDrawBars(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

/** Creates the reporter that suits stderr: bars on a terminal, lines elsewhere. */
export function createProgress(verb: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  return canDrawBars(stream) ? new BarProgress(verb, stream) : new LineProgress(verb, stream);
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** Counts shared by both reporters. */
class Tally {
  files = 0;
  /** Undefined: the job's size in bytes is not known in advance. */
  bytes: number | undefined;
  finished = 0;
  readonly loaded = new Map<string, number>();
  doneBytes = 0;
  readonly started = Date.now();

  transferred(): number {
    let sum = this.doneBytes;
    for (const v of this.loaded.values()) sum += v;
    return sum;
  }
  finish(name: string): void {
    this.doneBytes += this.loaded.get(name) ?? 0;
    this.loaded.delete(name);
    this.finished++;
  }
}

class LineProgress implements Progress {
  private readonly tally = new Tally();
  constructor(
    private readonly verb: string,
    private readonly stream: NodeJS.WriteStream,
  ) {}
  private line(text: string): void {
    this.stream.write(`[${this.tally.finished}/${this.tally.files}] ${text}\n`);
  }
  setTotals(files: number, bytes?: number): void {
    this.tally.files = files;
    this.tally.bytes = bytes;
  }
  start(name: string): void {
    this.tally.loaded.set(name, 0);
  }
  advance(name: string, loaded: number): void {
    this.tally.loaded.set(name, loaded);
  }
  done(name: string, detail: string): void {
    this.tally.finish(name);
    this.line(`${this.verb} ${name}${detail ? ` ${detail}` : ""}`);
  }
  skip(name: string, reason: string): void {
    this.tally.finish(name);
    this.line(`skipped ${name}: ${reason}`);
  }
  fail(name: string, reason: string): void {
    this.tally.finish(name);
    this.line(`failed ${name}: ${reason}`);
  }
  stop(): void {}
}

class BarProgress implements Progress {
  private readonly tally = new Tally();
  private readonly multi: MultiBar;
  private readonly total: SingleBar;
  private readonly perFile = new Map<string, SingleBar>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly verb: string,
    stream: NodeJS.WriteStream,
  ) {
    this.multi = new MultiBar({
      stream,
      format: " {bar} {percentage}% | {files} files | {bytes} | {rate} | ETA {eta_text}",
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      autopadding: true,
      // Redraw on our own timer (below) rather than on every chunk of every file.
      fps: 10,
      forceRedraw: true,
      emptyOnZero: true,
    });
    this.total = this.multi.create(1, 0, this.payload());
    this.timer = setInterval(() => this.refresh(), 200);
    this.timer.unref();
  }

  private payload() {
    const t = this.tally;
    const seconds = (Date.now() - t.started) / 1000;
    const transferred = t.transferred();
    const rate = seconds > 0 ? transferred / seconds : 0;
    // ETA from bytes when the job's size is known, else from the pace of finished files.
    const eta =
      t.bytes !== undefined
        ? rate > 0
          ? Math.max(0, t.bytes - transferred) / rate
          : Number.NaN
        : t.finished > 0
          ? ((t.files - t.finished) * seconds) / t.finished
          : Number.NaN;
    return {
      files: `${t.finished}/${t.files}`,
      bytes: t.bytes !== undefined ? `${formatBytes(transferred)}/${formatBytes(t.bytes)}` : formatBytes(transferred),
      rate: `${formatBytes(Math.round(rate))}/s`,
      eta_text: formatDuration(eta),
    };
  }

  private refresh(): void {
    const t = this.tally;
    const [value, total] = t.bytes !== undefined ? [t.transferred(), t.bytes] : [t.finished, t.files];
    this.total.setTotal(Math.max(1, total));
    this.total.update(Math.min(value, Math.max(1, total)), this.payload());
    for (const [name, bar] of this.perFile) bar.update(t.loaded.get(name) ?? 0, { name });
  }

  setTotals(files: number, bytes?: number): void {
    this.tally.files = files;
    this.tally.bytes = bytes;
    this.refresh();
  }
  start(name: string, bytes: number | undefined): void {
    this.tally.loaded.set(name, 0);
    const bar = this.multi.create(Math.max(1, bytes ?? 1), 0, { name }, { format: "   {bar} {name}", barsize: 16 });
    this.perFile.set(name, bar);
  }
  advance(name: string, loaded: number, total?: number): void {
    this.tally.loaded.set(name, loaded);
    if (total !== undefined) this.perFile.get(name)?.setTotal(Math.max(1, total));
  }
  private end(name: string, line: string): void {
    this.tally.finish(name);
    // cli-progress buffers log lines until its next redraw: queue the line, then redraw now (remove
    // redraws; `update` when there was no bar), so a line is never lost to a stop() before the redraw.
    this.multi.log(`${line}\n`);
    const bar = this.perFile.get(name);
    this.perFile.delete(name);
    this.refresh();
    if (!bar || !this.multi.remove(bar)) this.multi.update();
  }
  done(name: string, detail: string): void {
    this.end(name, `${this.verb} ${name}${detail ? ` ${detail}` : ""}`);
  }
  skip(name: string, reason: string): void {
    this.end(name, `skipped ${name}: ${reason}`);
  }
  fail(name: string, reason: string): void {
    this.end(name, `failed ${name}: ${reason}`);
  }
  stop(): void {
    clearInterval(this.timer);
    this.refresh();
    this.multi.update();
    this.multi.stop();
  }
}
