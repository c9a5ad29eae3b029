/** The assessment as JSON, validated on the way in. */
import { assessmentSchema, type Assessment } from "./assessment-schema";

export function assessmentToJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** Throws a ZodError when the text is not a valid assessment. */
export function assessmentFromJson(text: string): Assessment {
  return assessmentSchema.parse(JSON.parse(text));
}
