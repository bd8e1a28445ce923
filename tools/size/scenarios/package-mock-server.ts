// Package scenario: everything @factify/mock-server exports, as a consumer re-exporting it all would ship.
export * from "@factify/mock-server";
