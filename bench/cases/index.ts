import type { BenchCase } from '../lib/bench-case';
import { announcementFanOutCase } from './announcement-fan-out.case';
import { apiReadCase } from './api-read.case';
import { apiWriteCase } from './api-write.case';
import { eventPipelineInProcessCase, eventPipelineKafkaCase } from './event-pipeline.case';
import { maturityReportCase } from './maturity-report.case';
import { practiceReadCase } from './practice-read.case';
import { practiceSearchCase } from './practice-search.case';
import { practiceWriteCase } from './practice-write.case';
import { profilePdfCase } from './profile-pdf.case';
import { programmePdfCase } from './programme-pdf.case';

/**
 * Every case `npm run bench` runs, in this order. A service adds its case (practice write/read,
 * search, fan-out, maturity report) with one file `bench/cases/<name>.case.ts` and one line here.
 */
export const BENCH_CASES: BenchCase[] = [
  apiWriteCase,
  apiReadCase,
  eventPipelineKafkaCase,
  eventPipelineInProcessCase,
  announcementFanOutCase,
  practiceWriteCase,
  practiceReadCase,
  practiceSearchCase,
  maturityReportCase,
  profilePdfCase,
  programmePdfCase,
];
