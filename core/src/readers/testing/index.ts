/** Test helpers for reader tests, exported as "@gapmap/core/readers/testing" (tests only). */
export { bookOf, encryptedOfficeContainer, writeWorkbook, type BookType } from "./build-workbooks";
export { pseudoRandomBytes } from "./pseudo-random-bytes";
