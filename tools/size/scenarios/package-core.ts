// Package scenario: everything @factify/core exports, as a consumer re-exporting it all would ship.
export * from "@factify/core";
