// Bench entry: the three libraries every run loads, nothing of release-tweet's own work: the floor under any Action run.
import "./actions-core.js";
import "./markdown.js";
import "./twitter-text.js";
