// `inspect --format` on fields the model holds as null: Docker runs the template on
// its Go structs, where a nil slice prints [] and a nil map map[] (checked against the
// real client in api-facade.test.ts where a docker binary is installed).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index.ts';

describe('inspect --format with null fields', () => {
  const engine = createEngine({ seed: 3 });
  engine.run('docker create --name shell alpine');
  engine.run('docker volume create data');
  it.each([
    ['docker inspect --format "{{.Config.Entrypoint}}|{{.Config.OnBuild}}|{{.HostConfig.CapDrop}}" shell', '[]|[]|[]\n'],
    ['docker inspect --format "{{.Config.Cmd}}" shell', '[/bin/sh]\n'],
    ['docker image inspect --format "{{.Config.Entrypoint}}" alpine', '[]\n'],
    ['docker volume inspect --format "{{.Labels}} {{.Options}}" data', 'map[] map[]\n'],
    ['docker inspect --format "{{json .Config.Entrypoint}}" shell', 'null\n'],
    ['docker inspect --format "{{.Config.NoSuchField}}" shell', '<no value>\n'],
  ])('%s', (line, out) => {
    expect(engine.run(line).stdout).toBe(out);
  });
});
