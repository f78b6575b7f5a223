// Bench entry: both libraries' first use, nothing of release-tweet's own work: the floor under any Action run.
import "./markdown.js";
import "./twitter-text.js";
