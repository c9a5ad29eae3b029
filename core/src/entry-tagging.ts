/**
 * `@gapmap/core/tagging`: page tagging (mentions, language, anchoring, web tables) without the
 * root barrel, so a browser bundle does not pull the xlsx writer.
 */
export * from "./tagging/index";
