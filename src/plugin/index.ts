// Entry of the semantic-release plugin: the steps semantic-release calls as (pluginConfig, context).
import type { StepContext } from "./context.js";
import type { PluginOptions } from "./resolve-config.js";
import * as steps from "./steps.js";

export function verifyConditions(pluginConfig: Readonly<PluginOptions>, context: StepContext): Promise<void> {
  return steps.verifyConditions(pluginConfig, context);
}

export function generateNotes(pluginConfig: Readonly<PluginOptions>, context: StepContext): Promise<void> {
  return steps.generateNotes(pluginConfig, context);
}

export function success(pluginConfig: Readonly<PluginOptions>, context: StepContext): Promise<void> {
  return steps.success(pluginConfig, context);
}
