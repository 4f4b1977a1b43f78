// Content collections: loaders read the top-level content/ folder; schemas live in
// src/lib/** so they can be unit-tested without Astro.
import { defineCollection } from 'astro:content';
import { LessonSchema } from './lib/content/lesson-schema';
import { lessonsLoader } from './lib/content/lessons-loader';

const lessons = defineCollection({
  loader: lessonsLoader(),
  schema: LessonSchema,
});

export const collections = { lessons };
