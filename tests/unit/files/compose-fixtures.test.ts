/**
 * Every compose file under tests/fixtures/files/compose/ and the course's own
 * is explained with exactly the expected findings (rule@line:column), the
 * networks `docker compose up` creates with their members, and the start order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { explainCompose } from '../../../src/lib/compose/index';

const FIXTURES = 'tests/fixtures/files/compose/';
const EXAMPLES = 'src/lib/files/examples/';

interface Expected {
  findings: string[];
  /** Network name → services on it (null when the file cannot be read). */
  networks: Record<string, string[]> | null;
  order: string[] | null;
}

const cases: Record<string, Expected> = {
  [`${EXAMPLES}course-compose.yaml`]: {
    findings: [
      'ObsoleteVersion@1:1',
      'PublishedOnAllAddresses@17:9',
      'PublishedOnAllAddresses@9:9',
      'UnsetVariable@14:30',
      'UnsetVariable@14:30',
      'UnsetVariable@5:21',
      'UnsetVariable@5:21',
      'UnsetVariable@6:20',
      'UnsetVariable@6:20',
    ],
    // The declared network is created, but no service joins it.
    networks: { myapp_default: ['backend-flask', 'frontend-react-js'], cruddur: [] },
    order: ['backend-flask', 'frontend-react-js'],
  },
  [`${EXAMPLES}broken-compose.yaml`]: {
    findings: [
      'ContainerNameWithScale@5:5',
      'DependsOnHealthyWithoutHealthcheck@14:5',
      'DockerSocketMount@12:9',
      'Links@18:5',
      'ObsoleteVersion@1:1',
      'Privileged@17:5',
      'PublishedOnAllAddresses@7:9',
      'PublishedOnAllAddresses@8:9',
      'SchemaViolation@25:5',
      'UndefinedVolume@13:9',
      'UnpinnedImage@22:12',
      'UnquotedPortBase60@7:9',
      'UnsetVariable@24:26',
    ],
    networks: { myapp_default: ['web', 'db'] },
    order: ['db', 'web'],
  },
  [`${FIXTURES}homework.yaml`]: {
    findings: [
      'PublishedOnAllAddresses@14:9',
      'PublishedOnAllAddresses@24:9',
      'PublishedOnAllAddresses@31:9',
      'PublishedOnAllAddresses@5:9',
      'UnpinnedImage@21:12',
    ],
    networks: { myapp_default: ['backend-flask', 'frontend-react-js', 'dynamodb-local', 'db'] },
    order: ['backend-flask', 'frontend-react-js', 'dynamodb-local', 'db'],
  },
  [`${FIXTURES}healthy-depends.yaml`]: {
    findings: [],
    networks: { shop_default: ['web', 'migrate', 'db'] },
    order: ['db', 'migrate', 'web'],
  },
  [`${FIXTURES}depends-not-ready.yaml`]: {
    findings: ['DependsOnWithoutReadiness@6:5', 'DependsOnWithoutReadiness@6:5'],
    networks: { myapp_default: ['api', 'postgres', 'cache'] },
    order: ['postgres', 'cache', 'api'],
  },
  [`${FIXTURES}profiles.yaml`]: { findings: [], networks: { myapp_default: ['app'] }, order: ['app', 'adminer', 'mailpit'] },
  [`${FIXTURES}extends.yaml`]: { findings: [], networks: { myapp_default: ['base', 'worker'] }, order: ['base', 'worker', 'scheduler'] },
  [`${FIXTURES}env-files.yaml`]: { findings: [], networks: { myapp_default: ['app'] }, order: ['app'] },
  [`${FIXTURES}two-networks.yaml`]: {
    findings: ['PublishedOnAllAddresses@5:9'],
    networks: { myapp_frontend: ['proxy', 'api'], myapp_backend: ['api', 'db'] },
    order: ['proxy', 'api', 'db'],
  },
  [`${FIXTURES}dangerous.yaml`]: {
    findings: ['DockerSocketMount@7:9', 'NetworkModeHost@12:5', 'Privileged@11:5', 'PublishedOnAllAddresses@5:9'],
    networks: { myapp_default: ['portainer'] },
    order: ['portainer', 'monitor'],
  },
  [`${FIXTURES}port-forms.yaml`]: { findings: ['PublishedOnAllAddresses@12:9'], networks: { myapp_default: ['web'] }, order: ['web'] },
  [`${FIXTURES}invalid-yaml.yaml`]: { findings: ['YamlSyntax@6:6'], networks: null, order: null },
  [`${FIXTURES}anchors.yaml`]: { findings: [], networks: { myapp_default: ['api', 'worker'] }, order: ['api', 'worker'] },
  [`${FIXTURES}external-network.yaml`]: { findings: [], networks: { blog_default: ['ghost'], traefik_proxy: ['ghost'] }, order: ['ghost'] },
  [`${FIXTURES}cycle.yaml`]: { findings: ['DependencyCycle@4:5'], networks: { myapp_default: ['a', 'b'] }, order: ['b', 'a'] },
  [`${FIXTURES}scale-container-name.yaml`]: {
    findings: ['ContainerNameWithScale@4:5', 'PublishedOnAllAddresses@7:9'],
    networks: { myapp_default: ['worker'] },
    order: ['worker'],
  },
};

describe('compose fixtures', () => {
  test('every fixture file has a case', () => {
    const files = [
      ...readdirSync(FIXTURES).map((f) => FIXTURES + f),
      ...readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => EXAMPLES + f),
    ];
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });

  test.each(Object.entries(cases))('%s', (file, want) => {
    const r = explainCompose(readFileSync(file, 'utf8'));
    expect(r.findings.map((f) => `${f.rule}@${f.line}:${f.column}`).sort()).toEqual(want.findings);
    expect(r.plan ? Object.fromEntries(r.plan.networks.map((n) => [n.name, n.services])) : null).toEqual(want.networks);
    expect(r.plan?.startOrder ?? null).toEqual(want.order);
    for (const f of r.findings) expect(f.why.length * f.fix.length).toBeGreaterThan(0);
    if (r.plan) expect(r.diagram?.description.length).toBeGreaterThanOrEqual(r.plan.services.length);
  });
});
