/** docker compose (filled in by compose-*.ts). */
import type { Ctx } from '../context.ts';
import { writeErr } from '../context.ts';

export function compose(ctx: Ctx, _words: string[]): number {
  writeErr(ctx, 'this practice host does not simulate `docker compose` yet\n');
  return 1;
}
