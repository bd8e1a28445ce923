// Package scenario: everything @factify/access-requests exports, as a consumer re-exporting it all would ship.
export * from "@factify/access-requests";
