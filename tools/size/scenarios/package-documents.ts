// Package scenario: everything @factify/documents exports, as a consumer re-exporting it all would ship.
export * from "@factify/documents";
