// Bench entry: load the Mastodon client (masto) as the Action would bundle it, and build a client.
import { MastodonClient } from "../../src/mastodon/index.js";

if (!new MastodonClient({ url: "https://mastodon.example", accessToken: "bench-token" }).instance.host) process.exitCode = 1;
