// Package scenario: everything @factify/versions exports, as a consumer re-exporting it all would ship.
export * from "@factify/versions";
