// Package scenario: everything @factify/usage exports, as a consumer re-exporting it all would ship.
export * from "@factify/usage";
