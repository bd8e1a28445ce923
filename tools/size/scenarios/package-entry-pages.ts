// Package scenario: everything @factify/entry-pages exports, as a consumer re-exporting it all would ship.
export * from "@factify/entry-pages";
