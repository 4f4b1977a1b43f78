// The two halves of the packed CLI facts, served by src/integrations/facts-split.ts.
declare module 'virtual:facts-pack/now' {
  const pack: import('./facts-pack.ts').FactsPack;
  export default pack;
}
declare module 'virtual:facts-pack/later' {
  const pack: import('./facts-pack.ts').FactsPack;
  export default pack;
}
