/** Reading the tables HR keeps (DOMAIN §6): one reader for every host. */
export * from "./known-scales";
export * from "./read-table";
export * from "./reading";
export * from "./source";
export { HEADER_SEARCH_ROWS, meaningOf } from "./header";
