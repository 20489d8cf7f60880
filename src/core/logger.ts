export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** A logger that adds `fields` (e.g. the request id) to every line. */
  child(fields: Fields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

// Values under these keys never reach a log line, whoever passes them in.
const SECRET_KEY = /authorization|cookie|token|secret|password|api[-_]?key/i;

/** Replaces secret-looking values and turns errors into plain objects (message and stack, no cause chains). */
export function redact(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (value instanceof Error) out[key] = { name: value.name, message: value.message, stack: value.stack };
    else out[key] = value;
  }
  return out;
}

/**
 * Structured logs: one JSON object per line, `{ time, level, msg, ...fields }`, to stdout
 * (warn and error to stderr), so a log shipper can parse them without a pattern.
 */
export function createLogger(options: { level: LogLevel; fields?: Fields; write?: (line: string, level: LogLevel) => void }): Logger {
  const write = options.write ?? defaultWrite;
  const base = options.fields ?? {};
  const log =
    (level: LogLevel) =>
    (msg: string, fields: Fields = {}) => {
      if (RANK[level] < RANK[options.level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...redact({ ...base, ...fields }) }), level);
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}

/** stdout/stderr on Node; the console in a Worker, where there is no process.stdout. */
function defaultWrite(line: string, level: LogLevel): void {
  const stream = typeof process !== 'undefined' ? (RANK[level] >= RANK.warn ? process.stderr : process.stdout) : undefined;
  if (stream?.write) stream.write(`${line}\n`);
  else if (RANK[level] >= RANK.warn) console.error(line);
  else console.log(line);
}
