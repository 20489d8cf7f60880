import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './logger.js';

function capture(level: LogLevel) {
  const lines: { line: Record<string, unknown>; level: LogLevel }[] = [];
  const logger = createLogger({ level, write: (line, lvl) => lines.push({ line: JSON.parse(line), level: lvl }) });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level and message', () => {
    const { logger, lines } = capture('info');
    logger.info('request', { status: 200 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.line).toMatchObject({ level: 'info', msg: 'request', status: 200 });
    expect(Number.isNaN(Date.parse(String(lines[0]?.line.time)))).toBe(false);
  });

  it('drops lines below the configured level and writes nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.debug('a');
    warn.logger.info('b');
    warn.logger.error('c');
    expect(warn.lines.map((l) => l.line.msg)).toEqual(['c']);
    const silent = capture('silent');
    silent.logger.error('x');
    expect(silent.lines).toHaveLength(0);
  });

  it('never writes secret-looking fields', () => {
    const { logger, lines } = capture('debug');
    logger.child({ requestId: 'r1' }).info('x', { authorization: 'Bearer s3cret', adminToken: 's3cret', apiKey: 'k', OPENAI_API_KEY: 'k' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('"k"');
    expect(lines[0]?.line.requestId).toBe('r1');
  });

  it('turns errors into message and stack', () => {
    const { logger, lines } = capture('error');
    logger.error('failed', { error: new Error('boom') });
    expect(lines[0]?.line.error).toMatchObject({ name: 'Error', message: 'boom' });
  });
});
