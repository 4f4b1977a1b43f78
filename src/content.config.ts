// Content collections: loaders read the top-level content/ folder; schemas live in
// src/lib/** so they can be unit-tested without Astro.
import { defineCollection } from 'astro:content';
import { LessonSchema } from './lib/content/lesson-schema';
import { lessonsLoader } from './lib/content/lessons-loader';
import { CommandSchema } from './lib/commands/schema';
import { commandsLoader } from './lib/content/commands-loader';
import { reference } from './data/reference';
import { SessionSchema } from './lib/sessions/session-schema';
import { sessionsLoader } from './lib/content/sessions-loader';
import { QuizSchema } from './lib/quiz/quiz-schema';
import { quizzesLoader } from './lib/content/quizzes-loader';
import { ExerciseSchema } from './lib/exercises/schema';
import { exercisesLoader } from './lib/content/exercises-loader';

const lessons = defineCollection({
  loader: lessonsLoader(),
  schema: LessonSchema,
});

// content/commands/<slug>.yaml: one Docker command per file (the reference pages).
const commands = defineCollection({
  loader: commandsLoader(reference),
  schema: CommandSchema,
});

// content/sessions/<slug>.cast: recorded terminal sessions for the player.
const sessions = defineCollection({
  loader: sessionsLoader(),
  schema: SessionSchema,
});

// content/quizzes/<lesson-slug>.yaml: the knowledge check at the end of a lesson.
const quizzes = defineCollection({
  loader: quizzesLoader(),
  schema: QuizSchema,
});

// content/exercises/<slug>.yaml: practice exercises, checked against the lessons.
const exercises = defineCollection({
  loader: exercisesLoader(),
  schema: ExerciseSchema,
});

export const collections = { lessons, commands, sessions, quizzes, exercises };
