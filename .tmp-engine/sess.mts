import { readFileSync } from 'node:fs';
import { parse } from '/work/wt-engine/node_modules/yaml/dist/index.js';
import { checkScenario } from '/work/wt-engine/src/lib/sessions/scenario.ts';
import { playWithEngine } from '/work/wt-engine/src/lib/sessions/from-engine.ts';
for (const slug of process.argv.slice(2)) {
  const r = checkScenario(parse(readFileSync(`/work/wt-engine/content/sessions/scenarios/${slug}.yaml`, 'utf8')));
  if (!r.ok) { console.log(r.errors); continue; }
  const p = playWithEngine(slug, r.scenario);
  if (!p.ok) { console.log(slug, p.errors); continue; }
  console.log(`##### ${slug}`);
  for (const s of p.scenario.steps) console.log(`[${s.prompt}]$ ${s.run}\n${s.output ?? ''}${s.afterInterrupt ? '\n^C\n' + s.afterInterrupt : ''}`);
}
