/**
 * A JSON Schema document as shipped: plain JSON with its dialect, `$id`, title
 * and description. Validators take it as it is.
 *
 * @example
 * ```ts
 * import { schemas, type JsonSchemaDocument } from '@mirps/schemas';
 * const schema: JsonSchemaDocument = schemas.ActionPlan;
 * schema.$id; // 'urn:mirps:schemas:v2:action-plan'
 * ```
 */
export interface JsonSchemaDocument {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}
