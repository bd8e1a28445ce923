// Test helpers shared across the workspace (never published).
export * from "./fake-api";
export * from "./spec";
