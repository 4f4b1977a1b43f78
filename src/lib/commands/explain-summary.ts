/**
 * The one line shown above the part-by-part breakdown: "Starts nginx:1.27 in
 * the background as `web`, publishing host port 8080 to container port 80,
 * with ./site mounted read-only at /usr/share/nginx/html." Built from the parts
 * the explainer found for one command, so it says nothing the breakdown does
 * not. Commands without a special sentence get our one-line description. Pure.
 */
import type { Collector, Part } from './explain-model.ts';
import type { Segment } from './explain-reader.ts';

function partsOf(c: Collector, seg: Segment): Part[] {
  const out: Part[] = [];
  // The command's parts were pushed last: walk back from the end, never over the whole list.
  for (let k = c.parts.length - 1; k >= 0 && c.parts[k]!.start >= seg.start; k--) {
    const p = c.parts[k]!;
    if (p.end <= seg.end) out.push(p);
  }
  return out.reverse();
}

const flagOf = (p: Part) => (p.kind === 'flag' ? p.label.split(' ')[0]! : '');

function published(value: string): string {
  const [main = '', proto] = value.split('/');
  const bits = main.split(':');
  const container = bits.pop();
  const host = bits.pop();
  const ip = bits.join(':');
  if (!container) return '';
  const c = `container port ${container}${proto ? `/${proto}` : ''}`;
  if (!host) return `publishing ${c} on a random host port`;
  return `publishing host port ${host}${ip ? ` (on ${ip} only)` : ''} to ${c}`;
}

function mounted(value: string): string {
  const [src = '', dst, opts = ''] = value.split(':');
  if (!dst) return `with an anonymous volume at ${src}`;
  const ro = /(^|,)ro(,|$)/.test(opts) ? ' read-only' : '';
  const what = /^[./~$]/.test(src) ? src : `the volume ${src}`;
  return `with ${what} mounted${ro} at ${dst}`;
}

function joinList(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A one-line summary of the command in `seg`, or undefined when there is nothing useful to say. */
export function summarize(c: Collector, seg: Segment): string | undefined {
  const parts = partsOf(c, seg);
  // The last command word is the command itself (`docker compose` comes before `docker compose up`).
  const command = parts.filter((p) => p.kind === 'subcommand').pop()?.label;
  if (!command) return undefined;
  const flags = new Map<string, Part[]>();
  let lastFlag = '';
  const values = new Map<string, string[]>();
  for (const p of parts) {
    if (p.kind === 'flag') {
      lastFlag = flagOf(p);
      if (!flags.has(lastFlag)) flags.set(lastFlag, []);
      flags.get(lastFlag)!.push(p);
    } else if (p.kind === 'value' && lastFlag) {
      if (!values.has(lastFlag)) values.set(lastFlag, []);
      values.get(lastFlag)!.push(p.text);
    }
  }
  const has = (f: string) => flags.has(f);
  const args = parts.filter((p) => p.kind === 'argument');
  const doc = c.data.docs.get(command);

  if (command === 'docker container run' || command === 'docker container create') {
    const image = args[0]?.text;
    if (!image) return doc?.short;
    const bits: string[] = [];
    if (has('--detach')) bits.push('in the background');
    else if (has('--interactive') && has('--tty')) bits.push('interactively, with a terminal');
    const name = values.get('--name')?.[0];
    if (name) bits.push(`as \`${name}\``);
    const extras = [...(values.get('--publish') ?? []).map(published), ...(values.get('--volume') ?? []).map(mounted)].filter(Boolean);
    const env = values.get('--env')?.length ?? 0;
    if (env) extras.push(`with ${env} environment variable${env > 1 ? 's' : ''} set`);
    if (has('--rm')) extras.push('removing the container when it stops');
    const program = args[1]
      ? `, running \`${args
          .slice(1)
          .map((a) => a.text)
          .join(' ')}\` instead of its default command`
      : '';
    const verb = command.endsWith('run') ? 'Starts' : 'Creates (without starting)';
    return `${verb} a container from ${image}${bits.length ? ` ${bits.join(' ')}` : ''}${program}${extras.length ? `, ${joinList(extras)}` : ''}.`;
  }
  if (command === 'docker container exec' && args.length >= 2) {
    const how = has('--detach') ? ' in the background' : has('--interactive') && has('--tty') ? ' interactively' : '';
    const user = values.get('--user')?.[0];
    return `Runs \`${args
      .slice(1)
      .map((a) => a.text)
      .join(' ')}\` as an extra process inside the running container \`${args[0]!.text}\`${how}${user ? ` as user ${user}` : ''}.`;
  }
  if (command === 'docker buildx build' && args[0]) {
    const tags = values.get('--tag') ?? [];
    const file = values.get('--file')?.[0];
    return `Builds an image from the context ${args[0].text}${file ? ` with ${file}` : ''}${tags.length ? `, naming it ${joinList(tags.map((t) => `\`${t}\``))}` : ''}${has('--push') ? ' and pushes it' : ''}.`;
  }
  if (command === 'docker compose up') {
    const services = args.map((a) => a.text);
    return `Creates and starts ${services.length ? joinList(services.map((s) => `\`${s}\``)) : 'every service of the compose file'}${has('--detach') ? ' in the background' : ''}${has('--build') ? ', building images first' : ''}.`;
  }
  return doc?.short;
}
