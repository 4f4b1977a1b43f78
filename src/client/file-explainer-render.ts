/** DOM builders for the file explainer's report (text only: never innerHTML). */
import type { SvgNode } from '../lib/compose/diagram';
import type { ComposeReport } from '../lib/compose/index';
import type { DockerfileReport } from '../lib/dockerfile/index';
import type { Finding, LineNote } from '../lib/files/types';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text where `backticks` mark code. */
export function prose(tag: 'p' | 'li' | 'span', text: string, className?: string): HTMLElement {
  const node = el(tag, className);
  text.split('`').forEach((part, i) => {
    if (!part) return;
    if (i % 2) node.append(el('code', undefined, part));
    else node.append(part);
  });
  return node;
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Tip' } as const;

export function findingsList(findings: Finding[]): HTMLElement {
  const list = el('ul', 'explain-messages file-findings');
  list.setAttribute('aria-label', 'Findings');
  for (const f of findings) {
    const li = el('li', `explain-message is-${f.severity === 'info' ? 'note' : f.severity}`);
    li.dataset.rule = f.rule;
    const head = el('p');
    head.append(
      el('strong', undefined, `${SEVERITY[f.severity]}: `),
      el('span', 'file-rule', f.rule),
      ` · line ${f.line}, column ${f.column}. `,
    );
    head.append(...prose('span', f.message).childNodes);
    li.append(head, prose('p', `Why: ${f.why}`), prose('p', `Fix: ${f.fix}`, 'explain-fix'));
    list.append(li);
  }
  return list;
}

export function lineList(lines: LineNote[], label: string, limit: number): HTMLElement {
  const list = el('ol', 'file-lines');
  list.setAttribute('aria-label', label);
  for (const l of lines.slice(0, limit)) {
    const li = el('li', 'file-line');
    const head = el('p', 'file-line-head');
    head.append(
      el('span', 'file-line-no', l.line === l.endLine ? `Line ${l.line}` : `Lines ${l.line}–${l.endLine}`),
      ' ',
      el('code', undefined, l.text.length > 300 ? `${l.text.slice(0, 300)}…` : l.text),
    );
    li.append(head);
    const notes = el('ul', 'file-line-notes');
    for (const n of l.notes) notes.append(prose('li', n));
    li.append(notes);
    list.append(li);
  }
  return list;
}

export function dockerfileSummary(r: DockerfileReport): HTMLElement {
  const box = el('div', 'file-summary');
  if (r.finalCommand) {
    box.append(prose('p', r.finalCommand.sentence, 'file-final'));
    const notes = el('ul');
    for (const n of r.finalCommand.notes) notes.append(prose('li', n));
    box.append(notes);
  }
  if (r.stages.length > 1) {
    box.append(el('h3', undefined, 'Stages'));
    const ol = el('ol', 'file-stages');
    for (const s of r.stages)
      ol.append(
        prose('li', `${s.name ? `\`${s.name}\`` : 'unnamed'} (line ${s.line}) from ${s.baseText}${s.final ? ' — the final image' : ''}.`),
      );
    box.append(ol);
  }
  return box;
}

export function composeSummary(r: ComposeReport): HTMLElement {
  const box = el('div', 'file-summary');
  const plan = r.plan!;
  box.append(prose('p', plan.projectText));
  box.append(el('h3', undefined, 'Networks'));
  const nets = el('ul', 'file-networks');
  nets.setAttribute('aria-label', 'Networks');
  for (const n of plan.networks) {
    nets.append(
      prose(
        'li',
        `\`${n.name}\`${n.declared ? '' : ' (the default network)'}${n.external ? ', external' : ''}: ${n.services.length ? `${n.services.map((s) => `\`${s}\``).join(', ')} — each reaches the others by service name` : 'no service on it'}.`,
      ),
    );
  }
  box.append(nets);
  box.append(el('h3', undefined, 'Services'));
  const svcs = el('ul', 'file-services');
  for (const s of plan.services) {
    const li = prose('li', `\`${s.name}\`${s.startsOnUp ? '' : ' (not started by plain `up`: it has a profile)'}: ${s.source}`);
    const sub = el('ul');
    for (const p of s.ports) sub.append(prose('li', `Port: ${p.text}, reachable from ${p.reach}.`));
    for (const m of s.mounts) sub.append(prose('li', `Mount: ${m.text}.`));
    for (const f of s.envFiles) sub.append(prose('li', `Variables from the file \`${f}\`.`));
    li.append(sub);
    svcs.append(li);
  }
  box.append(svcs);
  box.append(el('h3', undefined, 'Start order'));
  box.append(prose('p', `${plan.startOrder.map((s) => `\`${s}\``).join(' → ')}.`, 'file-start-order'));
  const start = el('ul');
  for (const n of plan.startNotes) start.append(prose('li', n));
  box.append(start);
  if (r.variables.length) {
    box.append(el('h3', undefined, 'Variables'));
    const vars = el('ul');
    for (const v of r.variables)
      vars.append(
        prose('li', `Line ${v.line}: \`${v.text}\` — ${v.defined ? 'set' : 'not set here, so the default (or an empty string) is used'}.`),
      );
    box.append(vars);
  }
  return box;
}

export function svgFrom(node: SvgNode): SVGElement {
  const e = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (k !== 'xmlns') e.setAttribute(k, String(v));
  if (node.text !== undefined) e.textContent = node.text;
  for (const c of node.children ?? []) e.append(svgFrom(c));
  return e;
}
