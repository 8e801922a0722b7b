// The insights report's shape lives in src/records (the core's cards read it without storage); kept here for storage's own imports.
export type * from '../records/insights.ts';
