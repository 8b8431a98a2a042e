// The text of a PDF that Chromium printed (`page.pdf()`), page by page, without a PDF library: Chromium's PDF writer
// (Skia) compresses every stream with Flate, draws text in fonts that carry a ToUnicode map, and writes one text
// object per run of glyphs on a line. That is all this reads; it is not a general PDF parser, and it throws rather
// than guess when the file is built otherwise, so a change in Chromium's output fails loudly instead of passing empty.
import { inflateSync } from 'node:zlib';

type CMap = { bytes: number; map: Map<number, string> };

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = head.exec(text))) {
    const start = head.lastIndex;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    if (streamAt !== -1) {
      const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1;
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(dataStart, dataEnd);
      const dict = body.slice(0, streamAt);
      if (/\/Filter\s*\/FlateDecode/.test(dict)) stream = inflateSync(raw);
      else if (!/\/Filter/.test(dict)) stream = raw;
    }
    found.set(Number(match[1]), { dict: streamAt === -1 ? body : body.slice(0, streamAt), stream });
    head.lastIndex = end;
  }
  return found;
}

const hexCode = (hex: string) => parseInt(hex, 16);
const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)).filter((u) => u !== 0));

/** A ToUnicode CMap: codes (one or two bytes) to the text they stand for. */
function parseCMap(source: string): CMap {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(source);
  const bytes = space ? space[1]!.length / 2 : 2;
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(hexCode(code!), utf16(text!));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dest, list] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
    )) {
      const from = hexCode(lo!);
      const to = hexCode(hi!);
      if (dest) {
        const base = hexCode(dest);
        for (let c = from; c <= to; c++) map.set(c, String.fromCodePoint(base + (c - from)));
      } else {
        const targets = [...list!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => utf16(m[1]!));
        targets.forEach((t, i) => map.set(from + i, t));
      }
    }
  }
  return { bytes, map };
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The pages in reading order, following the page tree from the catalogue. */
function pageIds(all: Map<number, PdfObject>): number[] {
  const catalog = [...all.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = catalog && ref(catalog.dict, 'Pages');
  if (root == null) throw new Error('pdf-text: no page tree');
  const walk = (id: number): number[] => {
    const node = all.get(id)!.dict;
    if (/\/Type\s*\/Page\b(?!s)/.test(node)) return [id];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((m) => walk(Number(m[1])));
  };
  return walk(root);
}

function pageFonts(all: Map<number, PdfObject>, page: string): Map<string, CMap> {
  const resources = /\/Resources\s*(\d+) 0 R/.exec(page);
  const dict = resources ? all.get(Number(resources[1]))!.dict : page;
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(dict)?.[1] ?? '';
  const fonts = new Map<string, CMap>();
  for (const [, name, id] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
    const toUnicode = ref(all.get(Number(id))!.dict, 'ToUnicode');
    const cmap = toUnicode == null ? null : all.get(toUnicode)?.stream;
    if (!cmap) throw new Error(`pdf-text: font ${name} has no ToUnicode map`);
    fonts.set(name!, parseCMap(cmap.toString('latin1')));
  }
  return fonts;
}

function decode(hex: string, font: CMap): string {
  let out = '';
  const width = font.bytes * 2;
  for (let i = 0; i + width <= hex.length; i += width) out += font.map.get(hexCode(hex.slice(i, i + width))) ?? '';
  return out;
}

/**
 * One page's text, a line per line of print: a glyph run drawn lower on the page than the last starts a new line.
 * Spaces are glyphs of their own, so runs on one line are joined as they are.
 */
function pageText(content: string, fonts: Map<string, CMap>): string {
  if (/\)\s*(Tj|')/.test(content))
    throw new Error('pdf-text: text written as literal strings, which this does not read');
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let font: CMap | undefined;
  let size = 0;
  let y = 0;
  const tokens = content.matchAll(
    /\/(\S+)\s+([\d.]+)\s+Tf|[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+Tm|[-\d.]+\s+([-\d.]+)\s+Td|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g,
  );
  for (const t of tokens) {
    if (t[1]) {
      font = fonts.get(t[1]);
      size = Number(t[2]);
    } else if (t[3]) {
      y = Number(t[3]);
    } else if (t[4]) {
      y += Number(t[4]);
    } else {
      if (!font) throw new Error('pdf-text: text drawn before a font was set');
      if (lastY !== null && Math.abs(y - lastY) > size * 0.3) {
        lines.push(line);
        line = '';
      }
      lastY = y;
      const hex = t[5] ?? [...t[6]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]).join('');
      line += decode(hex, font);
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The text of each page of a PDF printed by Chromium. */
export function pdfPages(pdf: Buffer): string[] {
  const all = objects(pdf);
  return pageIds(all).map((id) => {
    const page = all.get(id)!.dict;
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents\s*(\d+ 0 R)/.exec(page)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => all.get(Number(m[1]))?.stream);
    if (streams.some((s) => !s)) throw new Error('pdf-text: a page content stream could not be read');
    return pageText(streams.map((s) => s!.toString('latin1')).join('\n'), pageFonts(all, page));
  });
}
