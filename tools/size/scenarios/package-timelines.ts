// Package scenario: everything @factify/timelines exports, as a consumer re-exporting it all would ship.
export * from "@factify/timelines";
