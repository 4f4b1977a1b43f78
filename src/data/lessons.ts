// Lessons in course order, for pages. Uses astro:content, so it lives outside
// src/lib (the pure ordering is src/lib/lessons/navigation.ts).
import { getCollection } from 'astro:content';
import { courseOrder } from '../lib/lessons/navigation';

export async function getLessons() {
  return courseOrder(await getCollection('lessons'));
}
