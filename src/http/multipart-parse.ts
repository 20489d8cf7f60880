/** One part of a multipart/form-data body: a file when it has a filename, else a text field. */
export type MultipartPart = { name: string; filename: string; bytes: Uint8Array } | { name: string; value: string };

const CR = 13;
const LF = 10;
const QUOTE = 34;
const COLON = 58;
const FORM_DATA_NAME = Buffer.from('form-data; name="');
const FILENAME = Buffer.from('; filename');
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * The fetch standard's multipart/form-data parser, the one `Request.formData()` runs, read
 * straight off the body: a file comes out as a view of its bytes in the body (no copy), where the
 * platform first builds a Blob of it and then reads that back, about 0.3 s of the server's event
 * loop for a 6 MB upload (issue 24). Undefined when the body is malformed, where `formData()` rejects.
 */
export function parseMultipart(body: Uint8Array, boundary: string): MultipartPart[] | undefined {
  let input = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`, 'utf8');
  let at = 0;
  while (input[at] === CR && input[at + 1] === LF) at += 2;
  let end = input.length;
  while (input[end - 1] === LF && input[end - 2] === CR) end -= 2;
  input = input.subarray(0, end);
  const parts: MultipartPart[] = [];
  for (;;) {
    if (!input.subarray(at, at + delimiter.length).equals(delimiter)) return undefined;
    at += delimiter.length;
    if (at === input.length - 2 && input[at] === 45 && input[at + 1] === 45) return parts;
    if (input[at] !== CR || input[at + 1] !== LF) return undefined;
    at += 2;
    const headers = partHeaders(input, at);
    if (!headers) return undefined;
    at = headers.at + 2;
    // The part runs to the CRLF and "--" before the next delimiter.
    const next = input.indexOf(delimiter.subarray(2), at);
    if (next === -1 || next - 4 < at) return undefined;
    let content: Uint8Array = input.subarray(at, next - 4);
    at += content.length;
    if (headers.encoding === 'base64') content = Buffer.from(Buffer.from(content).toString(), 'base64');
    if (input[at] !== CR || input[at + 1] !== LF) return undefined;
    at += 2;
    parts.push(
      headers.filename === undefined
        ? { name: headers.name, value: new TextDecoder().decode(content) }
        : { name: headers.name, filename: headers.filename, bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) },
    );
  }
}

/** The name in a quoted disposition parameter, with the %0A, %0D and %22 escapes browsers use undone. */
function quotedName(input: Buffer, start: number): { value: string; at: number } | undefined {
  let at = start;
  while (at < input.length && input[at] !== LF && input[at] !== CR && input[at] !== QUOTE) at++;
  if (input[at] !== QUOTE) return undefined;
  const value = new TextDecoder().decode(input.subarray(start, at)).replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
  return { value, at: at + 1 };
}

function untilLineEnd(input: Buffer, start: number): number {
  let at = start;
  while (at < input.length && input[at] !== LF && input[at] !== CR) at++;
  return at;
}

/** A part's headers up to the blank line (`at` is where its CRLF starts); undefined when malformed or unnamed. */
function partHeaders(input: Buffer, start: number): { name: string; filename?: string; encoding?: string; at: number } | undefined {
  let at = start;
  let name: string | undefined;
  let filename: string | undefined;
  let encoding: string | undefined;
  for (;;) {
    if (input[at] === CR && input[at + 1] === LF)
      return name === undefined ? undefined : { name, ...(filename === undefined ? {} : { filename }), ...(encoding ? { encoding } : {}), at };
    let nameEnd = at;
    while (nameEnd < input.length && input[nameEnd] !== LF && input[nameEnd] !== CR && input[nameEnd] !== COLON) nameEnd++;
    const header = input.toString('latin1', at, nameEnd).replace(/^[\t ]+|[\t ]+$/g, '');
    if (!HEADER_NAME.test(header) || input[nameEnd] !== COLON) return undefined;
    at = nameEnd + 1;
    while (input[at] === 32 || input[at] === 9) at++;
    switch (header.toLowerCase()) {
      case 'content-disposition': {
        name = filename = undefined;
        if (!input.subarray(at, at + FORM_DATA_NAME.length).equals(FORM_DATA_NAME)) return undefined;
        const quoted = quotedName(input, at + FORM_DATA_NAME.length);
        if (!quoted) return undefined;
        name = quoted.value;
        at = quoted.at;
        if (input.subarray(at, at + FILENAME.length).equals(FILENAME)) {
          let check = at + FILENAME.length;
          if (input[check] === 42) {
            at += 1;
            check += 1;
          }
          if (input[check] !== 61 || input[check + 1] !== QUOTE) return undefined;
          const file = quotedName(input, at + FILENAME.length + 2);
          if (!file) return undefined;
          filename = file.value;
          at = file.at;
        }
        break;
      }
      case 'content-transfer-encoding': {
        const valueEnd = untilLineEnd(input, at);
        encoding = input.toString('latin1', at, valueEnd).replace(/[\t ]+$/, '');
        at = valueEnd;
        break;
      }
      default:
        at = untilLineEnd(input, at);
    }
    if (input[at] !== CR || input[at + 1] !== LF) return undefined;
    at += 2;
  }
}
