import { readFileSync } from 'node:fs';
import type { NationalActionPlan } from '@mirps/core';

// The illustrative national documents of examples/national, read as plain JSON (a fresh copy on each call), for the
// tests of the national level.

/** A fresh copy of an example file of examples/national, as `JSON.parse` gives it. */
export const readNational = (file: string): any =>
  JSON.parse(readFileSync(new URL(`../../../examples/national/${file}`, import.meta.url), 'utf8'));

/** The illustrative national action plan, as plain JSON. */
export const nationalPlanJson = (): NationalActionPlan => readNational('national-plan.example.json');
/** Its illustrative progress, as plain JSON. */
export const nationalProgressJson = (): any => readNational('national-progress.example.json');
/** The illustrative support of other countries, as plain JSON. */
export const regionalSupportJson = (): any => readNational('regional-support.example.json');
