// xterm's headless ES build, imported by path (the package's "module" field names a file it does not ship).
declare module '@xterm/headless/lib-headless/xterm-headless.mjs' {
  export { Terminal } from '@xterm/headless';
}
