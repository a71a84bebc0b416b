// Modules esbuild makes at build time (see esbuild.mjs).

/** The bundled fact files (data/facts), embedded so the extension needs no file access to read them, on the web too. */
declare module 'memocheck:bundled-facts' {
  const files: readonly { name: string; content: string }[];
  export default files;
  /** The same files loaded and validated at build time (src/core/dataset/compiled.ts). */
  export const compiled: import('../core/dataset/compiled.ts').CompiledDataset;
}
