/** A check with its message and the English `detail` rendered from it, so the two always agree. */
import type { Catalogue } from "../catalogue/schema";
import { englishDetail } from "./gap-detail-text";
import type { GapMessage } from "./gap-message";
import type { ElementCheck } from "./gap-schema";

export function withMessage(
  check: Omit<ElementCheck, "detail" | "message">,
  message: GapMessage,
  catalogue?: Pick<Catalogue, "concepts">,
): ElementCheck {
  const { type, status, ...rest } = check;
  return { type, status, detail: englishDetail(message, catalogue), message, ...rest };
}
