/** Public surface of TWG tracking: request status per indicator and the profile's process. */
export * from "./request-status";
export * from "./process-steps";
export * from "./profile-tracking";
export { autoFillProcess, type ProcessFacts } from "./auto-fill-process";
export { diffTracking, type TrackingChange } from "./diff-tracking";
export { recordRequests, recordReturns, withRequestStatus } from "./record-requests";
