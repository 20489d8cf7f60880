import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  origin: string;
  close(): Promise<void>;
}

/**
 * A stand-in for the ministry's site: a page on its own loopback port (so its own origin) that
 * embeds the widget with one script tag, under a strict Content-Security-Policy that allows
 * scripts and connections only from the widget's server. /plain is the same page without CSP.
 */
export async function startHostPage(options: { widgetOrigin: string; lang?: string; dataLang?: string; data?: Record<string, string> }): Promise<HostPage> {
  const csp = [
    "default-src 'none'",
    `script-src ${options.widgetOrigin}`,
    `connect-src ${options.widgetOrigin}`,
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
  ].join('; ');
  const dataLang = [
    options.dataLang ? ` data-lang="${options.dataLang}"` : '',
    ...Object.entries(options.data ?? {}).map(([name, value]) => ` data-${name}="${value}"`),
  ].join('');
  const html = `<!doctype html>
<html lang="${options.lang ?? 'ko'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>산업통상자원부 (host page)</title>
<script src="${options.widgetOrigin}/widget.js"${dataLang} defer></script>
</head>
<body>
<header><h1>산업통상자원부 산업입지 안내</h1></header>
<main><p>A host page whose own styles must not leak into the widget. <a href="/about">About</a></p></main>
</body>
</html>`;
  const server: Server = createServer((req, res) => {
    const plain = req.url?.startsWith('/plain');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(plain ? {} : { 'Content-Security-Policy': csp }) });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
