/**
 * The role template catalog: every standard role of the seed manuals, as template inputs to be
 * validated with `Template.parse`. Order: seed 003, 004, 001, 000, 002 (the catalog table of the
 * project brief). The whole catalog is deep-frozen: copy a template before editing it.
 */
import { Family, Template, type TemplateInput } from "../schema";
import { ECOMMERCE_OPS_MANAGER } from "./seed-000";
import { CONTENT, CUSTOMER_SERVICE, DATA_ANALYSIS, MARKETING, STORE_OPERATIONS } from "./seed-001";
import {
  AFTER_SALES,
  CS_SUPERVISOR,
  ECOMMERCE_DEPT_MANAGER,
  MARKETING_SPECIALIST,
  MARKETING_SUPERVISOR,
  SHOPPING_GUIDE,
  WEB_DESIGNER,
} from "./seed-002";
import { COPYWRITER, ECOMMERCE_SUPERVISOR } from "./seed-003";
import { SHOP_CUSTOMER_SERVICE, SHOP_DESIGNER, SHOP_OPS_SPECIALIST, SHOP_OPS_SUPERVISOR } from "./seed-004";
import { deepFreeze } from "./shared";

export const CATALOG_INPUT: readonly TemplateInput[] = deepFreeze([
  ECOMMERCE_SUPERVISOR,
  COPYWRITER,
  SHOP_OPS_SUPERVISOR,
  SHOP_OPS_SPECIALIST,
  SHOP_DESIGNER,
  SHOP_CUSTOMER_SERVICE,
  MARKETING,
  STORE_OPERATIONS,
  CUSTOMER_SERVICE,
  CONTENT,
  DATA_ANALYSIS,
  ECOMMERCE_OPS_MANAGER,
  ECOMMERCE_DEPT_MANAGER,
  CS_SUPERVISOR,
  MARKETING_SUPERVISOR,
  SHOPPING_GUIDE,
  AFTER_SALES,
  MARKETING_SPECIALIST,
  WEB_DESIGNER,
]);

/** The catalog validated through the schema (defaults filled in), in the same order. */
export const CATALOG: readonly Template[] = CATALOG_INPUT.map((input) => Template.parse(input));

export function findTemplate(id: string): Template | undefined {
  return CATALOG.find((template) => template.id === id);
}

/** Role families in display order, for grouping the catalog. */
export const FAMILIES: readonly Family[] = Family.options;
