// The text of a PDF (what `page.pdf()` printed), page by page, read with PDF.js (pdfjs-dist, its Node build).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, its runs joined by spaces and line ends as the PDF marks them. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}
