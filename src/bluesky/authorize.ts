// What `release-tweet authorize --network bluesky` needs from Bluesky: proof that an identifier and app password sign
// in, and whose account they are. The CLI asks for the values and stores them; this module never prints anything.
import { BlueskyClient, type BlueskyClientOptions } from "./client.js";

export interface BlueskyAccount {
  did: string;
  /** The account's handle, or its DID when the handle does not resolve (handle.invalid). */
  handle: string;
  /** False when the password does not have an app password's form (xxxx-xxxx-xxxx-xxxx): likely the main password. */
  looksLikeAppPassword: boolean;
}

const APP_PASSWORD_FORM = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;

/** Signs in once (com.atproto.server.createSession). Throws EBLUESKYAUTH, EBLUESKY2FA… with what to do. */
export async function checkBlueskyCredentials(options: BlueskyClientOptions): Promise<BlueskyAccount> {
  const client = await BlueskyClient.signIn(options);
  return { did: client.did, handle: client.handle, looksLikeAppPassword: APP_PASSWORD_FORM.test(options.appPassword) };
}
