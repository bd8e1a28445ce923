// Package scenario: everything @factify/api-keys exports, as a consumer re-exporting it all would ship.
export * from "@factify/api-keys";
