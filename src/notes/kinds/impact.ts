// What a change's own words say it spares users: the harm a security fix closes, or the fault a fix ends. A section label
// or a conventional type says only the kind; within a kind, the change whose text states a grave impact is the one a
// maintainer names first ("…run arbitrary commands as root" before "…could enable a local privilege escalation"), and a
// fix of a crash or a hang before "Preserve empty HTTP attach contents". Pure word tests on one change's text.
import { TAKEOVER_HOLE } from "./emphasis-words.js";

// The worst a hole or a fault can do: run code or commands of the attacker's, act as root, bypass authentication, or
// what the notes call critical. In English, Chinese, Japanese and Korean.
const GRAVEST =
  /\b(?:remote code execution|rce|arbitrary (?:code|commands?|shell commands?|programs?)|(?:execute|run)s?\s+(?:\w+\s+){0,2}arbitrary\b|as root\b|root (?:access|privileges?|shell)|authentication bypass|bypass(?:es|ed|ing)?\s+(?:the\s+)?authentication|critical (?:vulnerability|security|severity|issue|bug)|severity:?\s*critical)|远程代码执行|任意(?:代码|命令)(?:执行)?|执行任意|以\s*root|认证绕过|绕过(?:身份)?认证|严重漏洞|任意の(?:コード|コマンド)|リモートコード実行|root\s*権限|認証(?:の)?(?:バイパス|回避)|緊急の脆弱性|원격 코드 실행|임의(?:의)?\s*(?:코드|명령)|인증\s*우회|root\s*권한|심각한 취약점/iu;

// Grave, below those: privileges gained, data lost or corrupted, a crash, a hang or an endless loop, a service denied.
const GRAVE =
  /\bprivilege escalation|\bescalat\w*\s+(?:\w+\s+)?privileges?|\bdata (?:loss|corruption)\b|\blos(?:e|es|ing|t) (?:(?:the|their|your|user|all) )?data\b|\bcorrupt(?:s|ed|ing)? (?:the )?(?:data|database|files?)\b|\binfinite (?:loop|recursion)\b|\bendless loop\b|\bcrash(?:es|ed|ing)?\b(?!\s+(?:reporter|reporting|reports?|handler|dumps?|logs?)\b)|\bsegfaults?\b|\bsegmentation faults?\b|\bdeadlocks?\b|\bhangs?\b(?!\s+(?:detection|detector|watchdog)\b)|\bdenial[- ]of[- ]service\b|提权|权限提升|数据(?:丢失|损坏)|死循环|无限循环|崩溃|闪退|死锁|権限(?:の)?昇格|データ(?:の)?(?:消失|損失|破損)|無限ループ|クラッシュ|デッドロック|권한\s*상승|데이터\s*(?:손실|손상)|무한\s*루프|크래시|교착/iu;

/** How grave the harm a change's text says it ends: 2 for code run or root gained (or "critical"), 1.5 for a hole that
 *  hands over requests, data or rights (request smuggling, SQL injection, privileges escalated), 1 for data lost, a
 *  crash, a hang or a service denied, 0 when it names none. */
export function impactOf(text: string): number {
  // What code spans name ("`crash_reporter`") is code, not a harm.
  const words = text.replace(/`[^`\n]*`/gu, "`x`");
  return GRAVEST.test(words) ? 2 : TAKEOVER_HOLE.test(words) ? 1.5 : GRAVE.test(words) ? 1 : 0;
}

/** True when a sentence states a grave impact (impactOf above 0). */
export const statesImpact = (sentence: string): boolean => impactOf(sentence) > 0;
