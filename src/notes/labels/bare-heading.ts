// A heading as its words: without the emoji, Markdown marks and spaces before it, nor the emoji and colon after it
// ("🚨 **Behavior changes:**" is "Behavior changes"). For the modules that tell a heading's meaning by its words. Pure.

/** The heading's words alone. */
export const bareHeading = (heading: string): string =>
  heading
    .replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s#*]+/u, "")
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D\s*:：]+$/u, "")
    .trim();
