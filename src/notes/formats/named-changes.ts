// A list item that is only a name ("Net::HTTP", "`Ractor`", "Windows") with the change told in the item under it
// ("* Net::HTTP" then "    * The default Content-Type on POST bodies was removed…"): the change is "Name: <what the
// sub-item says>", its first sentence. Alone the name says nothing. Pure text rules.

// A name: one to three words with no sentence stop, or a name in code, an API path ("Net::HTTP", "IO.select").
const NAME = /^(?:`[^`]+`|[\p{L}\p{N}_][\p{L}\p{N}_:.#/+-]*(?: [\p{L}\p{N}_][\p{L}\p{N}_:.#/+-]*){0,2})$/u;

/** The item's text is only a name, no sentence and no verb (`says` tells whether it says a change). */
export const isBareName = (text: string, says: (text: string) => boolean): boolean => {
  const name = text.trim().replace(/[:：]$/u, "");
  return name.length > 0 && name.length <= 40 && NAME.test(name) && !says(name);
};

/** "Name: first sentence of what is under it". */
export const namedChange = (name: string, firstSentence: string): string => `${name.trim().replace(/[:：]$/u, "")}: ${firstSentence.trim()}`;
