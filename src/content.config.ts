import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Frontmatter every lesson carries; a missing field fails the build. */
const lessonSchema = z.object({
  title: z.string(),
  order: z.number().int().positive(),
  summary: z.string(),
  objectives: z.array(z.string()).min(1),
  draft: z.boolean().default(false),
  lang: z.enum(['en', 'zh']).default('en'),
});

/** Reference pages (notation, glossary, further reading, API) sit beside the course. */
const referenceSchema = z.object({
  title: z.string(),
  order: z.number().int().positive(),
  summary: z.string(),
  draft: z.boolean().default(false),
  lang: z.enum(['en', 'zh']).default('en'),
});

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/lessons' }), schema: lessonSchema }),
  reference: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/reference' }), schema: referenceSchema }),
};
