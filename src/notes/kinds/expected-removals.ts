// Two kinds of listed change that weigh less than their words suggest. A deprecation expiring on schedule ("Remove
// deprecated Edmonds class for 3.4", "Expire deprecation for `nx.join`", "Expires the `random_tree` deprecation", "Rm
// deprecated param", "移除 3.4 中到期的弃用 API"): users were warned releases ago and the removal is what they expected,
// so it comes after the new features (still counted). And a change that calls itself deprecated ("Added support for
// projects plugin (for compat, now deprecated)", "新增 X（已弃用）"): nobody should start using it, so it comes
// last among the features. Pure word tests on one change's text.

// "Expire(s/d) … deprecation(s)", "deprecation … expired", the expiry told outright.
const EXPIRES = /\bexpir(?:e|es|ed|ing)\b[^.;!?\n]{0,60}?\bdeprecat|\bdeprecations?\b[^.;!?\n]{0,40}?\bexpir(?:e|es|ed)\b/iu;
// "Remove(d)/Rm/Drop deprecated X for 3.4", "… in 3.4": removed for the version its deprecation named.
const REMOVED_FOR_VERSION =
  /^(?:remove[sd]?|rm|drop(?:s|ped)?|delete[sd]?)\s+(?:the\s+)?(?:previously\s+)?deprecated\b[^.;!?\n]{1,80}?\b(?:for|in)\s+v?\d+(?:\.\d+)+\.?$/iu;
const EXPIRES_CJK = /(?:到期|过期|過期)的?(?:弃用|废弃|棄用|廢棄)|(?:期限切れ|期限が切れた)の?非推奨|만료된\s*(?:사용 중단|폐기)/u;

/** A removal that only carries out a deprecation's schedule. */
export const expiresDeprecation = (text: string): boolean => EXPIRES.test(text) || REMOVED_FOR_VERSION.test(text.trim()) || EXPIRES_CJK.test(text);

// "(for compat, now deprecated)", "(deprecated)", ", now deprecated", "（已弃用）", "（非推奨）", "(지원 중단 예정)": a
// qualifier after the change, about the change itself ("(Python 3.8 now deprecated)" is about something else).
const SELF_DEPRECATED =
  /[(（]\s*(?:(?:for|kept for)\s+(?:backwards?\s+)?compat(?:ibility)?\s*[,;]?\s*)?(?:now\s+|already\s+)?deprecated\s*[)）]\s*\.?$|,\s*(?:now|already)\s+deprecated\.?$|[(（](?:已)?(?:弃用|废弃|棄用|廢棄|非推奨|사용 중단(?: 예정)?)[)）]\s*。?$/iu;

/** A change whose own text says it is deprecated already. */
export const callsItselfDeprecated = (text: string): boolean => SELF_DEPRECATED.test(text.trim());
