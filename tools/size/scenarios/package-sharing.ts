// Package scenario: everything @factify/sharing exports, as a consumer re-exporting it all would ship.
export * from "@factify/sharing";
