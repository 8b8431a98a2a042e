// The edtf package ships no types; this project only calls its parser and reads the tree it returns.
declare module 'edtf' {
  export function parse(input: string, options?: { level?: number; types?: string[] }): unknown;
}
