// Package scenario: everything @factify/organizations exports, as a consumer re-exporting it all would ship.
export * from "@factify/organizations";
