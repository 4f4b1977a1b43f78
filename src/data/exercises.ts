// Exercises grouped by lesson, in course order. Uses astro:content, so it lives
// outside src/lib.
import { getCollection } from 'astro:content';
import { getLessons } from './lessons';

export async function getExercises() {
  return (await getCollection('exercises')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Lessons that have exercises, in course order, each with its exercises. */
export async function exercisesByLesson() {
  const [lessons, exercises] = await Promise.all([getLessons(), getExercises()]);
  return lessons
    .map((lesson) => ({ lesson, exercises: exercises.filter((e) => e.data.lesson === lesson.id) }))
    .filter((group) => group.exercises.length > 0);
}
