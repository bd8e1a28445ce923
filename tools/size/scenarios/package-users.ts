// Package scenario: everything @factify/users exports, as a consumer re-exporting it all would ship.
export * from "@factify/users";
