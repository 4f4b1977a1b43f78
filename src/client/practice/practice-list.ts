// Marks the exercises this browser has solved in the /practice/ list.
import { readProgress } from '../../lib/practice/progress.ts';

const { exercises } = readProgress(localStorage);
for (const item of document.querySelectorAll<HTMLElement>('[data-exercise-item]')) {
  const mark = item.querySelector<HTMLElement>('[data-done-mark]');
  if (mark && exercises[item.dataset.exerciseItem ?? '']?.solved) mark.hidden = false;
}
