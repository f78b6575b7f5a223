// Last line of defence for output: replaces any known secret value with *** before text leaves the process.

const MIN_SECRET_LENGTH = 4; // shorter values would blank out ordinary words

export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    result = result.split(secret).join("***");
  }
  return result;
}
