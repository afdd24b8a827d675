/** Messages between the digits lab and its training worker (structured-clone safe). */
import type { Evaluation } from './evaluate.ts';
import type { Lang } from '../../src/i18n/lang';
import type { ErrorKind, LabConfig } from './trainer.ts';

/** The digits as sent to the worker (copied, so the page keeps its own). */
export interface DigitsData { side: number; count: number; labels: Uint8Array; pixels: Uint8Array }

/** Page → worker. `own` is the reader's exercise code defining `passes`, when training with it; `lang` the language of its messages. */
export type ToTrainer =
  | { type: 'start'; digits: DigitsData; config: LabConfig; own?: string; lang?: Lang }
  | { type: 'pause' }
  | { type: 'resume' };

/** Worker → page. `params` are the packed Θ(1), Θ(2) after the reported step; `errorKind` says what `error` is about. */
export type FromTrainer =
  | { type: 'progress'; step: number; epoch: number; totalSteps: number; elapsedMs: number; evaluation?: Evaluation; params?: Float64Array[] }
  | { type: 'paused'; step: number }
  | { type: 'done'; step: number; epoch: number; elapsedMs: number; evaluation: Evaluation; params: Float64Array[]; error?: string; errorKind?: ErrorKind };
