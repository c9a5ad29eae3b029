/**
 * The tagging engine the extension uses. Core's tagging module (createMentionMatcher,
 * detectLanguage, describeTextRange, reanchor) is picked up when @gapmap/core exports it;
 * until then the small fallbacks beside this file stand in, with the same shapes.
 */
import * as core from "@gapmap/core";
import type { TermIndex, WebSelector } from "@gapmap/core";
import { describeTextRangeFallback, reanchorFallback } from "./fallback-anchoring";
import { detectLanguageFallback } from "./fallback-language";
import { createFallbackMatcher } from "./fallback-matcher";

export interface Mention {
  id: string;
  text: string;
  start: number;
  end: number;
  score: number;
  alternatives?: string[];
}

export interface MentionMatcher {
  findMentions(text: string): Mention[];
}

export interface LanguageGuess {
  lang: string;
  source: string;
  confidence: number;
}

export interface ReanchorResult {
  status: "anchored" | "changed" | "orphaned";
  start?: number;
  end?: number;
  method: string;
}

export interface TaggingEngine {
  createMentionMatcher(index: TermIndex): MentionMatcher;
  detectLanguage(text: string, declared?: string): LanguageGuess;
  describeTextRange(fullText: string, start: number, end: number): WebSelector[];
  reanchor(fullText: string, selectors: readonly WebSelector[]): ReanchorResult;
}

const FALLBACK_ENGINE: TaggingEngine = {
  createMentionMatcher: createFallbackMatcher,
  detectLanguage: detectLanguageFallback,
  describeTextRange: describeTextRangeFallback,
  reanchor: reanchorFallback,
};

/** Core's function when it exists, else ours; looked up by name so either compiles. */
function pick<K extends keyof TaggingEngine>(name: K): TaggingEngine[K] {
  const exported = (core as Record<string, unknown>)[name];
  return typeof exported === "function" ? (exported as TaggingEngine[K]) : FALLBACK_ENGINE[name];
}

export function getTaggingEngine(): TaggingEngine {
  return {
    createMentionMatcher: pick("createMentionMatcher"),
    detectLanguage: pick("detectLanguage"),
    describeTextRange: pick("describeTextRange"),
    reanchor: pick("reanchor"),
  };
}
