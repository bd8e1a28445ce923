// Package scenario: everything @factify/policies exports, as a consumer re-exporting it all would ship.
export * from "@factify/policies";
