/** Needs profiles saved and reloaded as JSON, validated on the way in. */
import { needsProfileSchema, type NeedsProfile } from "./needs-profile";

export function profileToJson(profile: NeedsProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Throws a ZodError (listing every problem) when the text is not a valid profile. */
export function profileFromJson(text: string): NeedsProfile {
  return needsProfileSchema.parse(JSON.parse(text));
}
