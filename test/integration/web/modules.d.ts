// Modules only the web test bundle resolves (esbuild.mjs).
declare module 'mocha/mocha.js' {
  const mocha: unknown;
  export default mocha;
}
declare module 'postmortem:suite-files' {
  /** The bundled suite files' names. */
  export const files: string[];
  /** Runs every suite file's top level (their describe/it calls). */
  export function load(): void;
}
