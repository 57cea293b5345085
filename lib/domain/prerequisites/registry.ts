import type { RuleOf } from "@/lib/domain/prerequisites/define-rule";
import { authenticationRule } from "@/lib/domain/prerequisites/rules/authentication";
import { backgroundNetworkServicesRule } from "@/lib/domain/prerequisites/rules/background-network-services";
import { derivedCredentialsRule } from "@/lib/domain/prerequisites/rules/derived-credentials";
import { intuneIntegrationRule } from "@/lib/domain/prerequisites/rules/intune-integration";
import { lockScreenNotificationsRule } from "@/lib/domain/prerequisites/rules/lock-screen-notifications";
import { mailNotificationsRule } from "@/lib/domain/prerequisites/rules/mail-notifications";
import { networkAccessRule } from "@/lib/domain/prerequisites/rules/network-access";
import { pushNotificationsRule } from "@/lib/domain/prerequisites/rules/push-notifications";
import { pushRegistrationHostRule } from "@/lib/domain/prerequisites/rules/push-registration-host";
import { RULE_IDS, type Rule, type RuleId } from "@/lib/domain/prerequisites/types";

/** Every rule keyed by its id: a missing rule, or one filed under another id, is a type error. */
export const RULES: { readonly [Id in RuleId]: RuleOf<Id> } = {
  "push-notifications": pushNotificationsRule,
  "network-access": networkAccessRule,
  "background-network-services": backgroundNetworkServicesRule,
  "lock-screen-notifications": lockScreenNotificationsRule,
  "mail-notifications": mailNotificationsRule,
  authentication: authenticationRule,
  "intune-integration": intuneIntegrationRule,
  "derived-credentials": derivedCredentialsRule,
  "push-registration-host": pushRegistrationHostRule,
};

/** The rules in evaluation (and display) order: the order of `RULE_IDS`. */
export const ORDERED_RULES: readonly Rule[] = RULE_IDS.map((id) => RULES[id]);
