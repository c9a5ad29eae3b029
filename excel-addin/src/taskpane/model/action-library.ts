/** The action library the gap analysis plans from (one place to change if it moves). */
export { actions as ACTION_LIBRARY } from "@gapmap/catalog";
