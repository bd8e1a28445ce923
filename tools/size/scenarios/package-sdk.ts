// Package scenario: everything @factify/sdk exports, as a consumer re-exporting it all would ship.
export * from "@factify/sdk";
