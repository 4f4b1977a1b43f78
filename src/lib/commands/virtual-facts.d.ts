// The groups of the packed CLI facts, served by src/integrations/facts-split.ts (see src/lib/commands/facts-split.ts).
declare module 'virtual:facts-pack/*' {
  const pack: import('./facts-pack.ts').FactsPack;
  export default pack;
}
