/**
 * A diagram of the compose project as a tree of SVG elements (the browser
 * builds the DOM from it; no HTML strings): published ports on top, services,
 * one line per network with a dot for each member, volumes and bind mounts
 * below. Colours are classes, styled with CSS variables for both themes.
 */
import type { ComposeModel } from './model.ts';
import type { ProjectPlan } from './project.ts';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

const W = 170;
const GAP = 30;
const PAD = 20;

const el = (tag: string, attrs: Record<string, string | number>, children?: SvgNode[], text?: string): SvgNode => ({
  tag,
  attrs,
  children,
  text,
});

export function diagram(m: ComposeModel, plan: ProjectPlan): { svg: SvgNode; description: string[] } {
  const services = m.services;
  const x = (i: number) => PAD + i * (W + GAP);
  const width = Math.max(PAD * 2 + services.length * (W + GAP) - GAP, 360);
  const portsTop = 40;
  const svcTop = portsTop + 16 + Math.max(1, ...services.map((s) => s.ports.length)) * 16;
  const svcH = 48;
  const netTop = svcTop + svcH + 30;
  const nets = plan.networks.filter((n) => n.services.length || n.declared);
  const volTop = netTop + nets.length * 28 + 20;
  const maxMounts = Math.max(0, ...services.map((s) => s.mounts.length));
  const height = volTop + maxMounts * 26 + PAD;
  const kids: SvgNode[] = [
    el('rect', { class: 'd-host', x: 4, y: 4, width: width - 8, height: portsTop - 4, rx: 6 }),
    el('text', { class: 'd-label', x: 14, y: 26 }, undefined, 'Your machine (published ports)'),
  ];
  const description: string[] = [];
  services.forEach((s, i) => {
    const sx = x(i);
    s.ports.forEach((p, j) => {
      const label = p.published ? `${p.hostIp ? `${p.hostIp}:` : ''}${p.published} → ${p.target}` : `random → ${p.target}`;
      kids.push(el('text', { class: 'd-port', x: sx + 6, y: portsTop + 14 + j * 16 }, undefined, label));
    });
    if (s.ports.length) kids.push(el('line', { class: 'd-link', x1: sx + W / 2, y1: portsTop, x2: sx + W / 2, y2: svcTop }));
    kids.push(
      el('rect', { class: s.profiles.length ? 'd-service d-optional' : 'd-service', x: sx, y: svcTop, width: W, height: svcH, rx: 8 }),
    );
    kids.push(el('text', { class: 'd-name', x: sx + 10, y: svcTop + 20 }, undefined, clip(s.name, 20)));
    kids.push(
      el(
        'text',
        { class: 'd-small', x: sx + 10, y: svcTop + 38 },
        undefined,
        clip(s.build ? `build ${s.build.context}` : (s.image ?? '?'), 24),
      ),
    );
    s.mounts.forEach((v, j) => {
      const vy = volTop + j * 26;
      kids.push(el('line', { class: 'd-link', x1: sx + 12, y1: svcTop + svcH, x2: sx + 12, y2: vy + 10 }));
      kids.push(
        el('rect', {
          class: v.type === 'bind' ? 'd-bind' : 'd-volume',
          x: sx + 4,
          y: vy,
          width: W - 8,
          height: 20,
          rx: v.type === 'bind' ? 2 : 10,
        }),
      );
      kids.push(el('text', { class: 'd-small', x: sx + 12, y: vy + 14 }, undefined, clip(`${v.source ?? 'anon'} → ${v.target}`, 26)));
    });
    const ports = s.ports.map((p) => (p.published ? `host port ${p.published} to ${p.target}` : `port ${p.target} on a random host port`));
    description.push(
      `Service ${s.name}${s.profiles.length ? ` (profile ${s.profiles.join(', ')})` : ''}: ${s.build ? `built from ${s.build.context}` : `image ${s.image ?? 'none'}`}; ${ports.length ? `publishes ${ports.join(', ')}` : 'publishes no port'}; networks ${s.networks.join(', ') || s.networkMode || 'none'}; ${s.mounts.length ? `mounts ${s.mounts.map((v) => `${v.source ?? 'an anonymous volume'} at ${v.target}`).join(', ')}` : 'no mounts'}.`,
    );
  });
  nets.forEach((n, k) => {
    const ny = netTop + k * 28;
    const members = services.map((s, i) => (n.services.includes(s.name) ? i : -1)).filter((i) => i >= 0);
    kids.push(el('line', { class: `d-network d-net-${k % 4}`, x1: PAD - 10, y1: ny, x2: width - PAD + 10, y2: ny }));
    kids.push(el('text', { class: 'd-small', x: PAD - 8, y: ny - 4 }, undefined, `network ${n.name}${n.external ? ' (external)' : ''}`));
    for (const i of members) {
      kids.push(
        el('line', { class: `d-network d-net-${k % 4}`, x1: x(i) + W - 20 - k * 8, y1: svcTop + svcH, x2: x(i) + W - 20 - k * 8, y2: ny }),
      );
      kids.push(el('circle', { class: `d-dot d-net-${k % 4}`, cx: x(i) + W - 20 - k * 8, cy: ny, r: 4 }));
    }
    description.push(
      `Network ${n.name}: ${n.services.length ? `${n.services.join(', ')} can reach each other by service name` : 'no service joins it'}.`,
    );
  });
  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'compose-diagram' },
    kids,
  );
  return { svg, description };
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
