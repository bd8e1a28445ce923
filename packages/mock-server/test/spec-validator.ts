// Compiles the contract's response schemas with Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// additionalProperties:false is kept everywhere except where it sits beside allOf/oneOf/anyOf
// with no own properties: there it would reject every real instance, since JSON Schema does not
// let it see the properties the combined schemas declare.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Json = any;

function relax(node: Json): Json {
  if (Array.isArray(node)) return node.map(relax);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    // OpenAPI's discriminator is not JSON Schema; the oneOf beside it does the checking.
    if (k === "discriminator") continue;
    out[k] = relax(v);
  }
  if (out.additionalProperties === false && (out.allOf || out.oneOf || out.anyOf)) delete out.additionalProperties;
  return out;
}

/** Validates response bodies of operations against the contract. */
export class SpecValidator {
  private ajv: any;
  readonly operations = new Map<string, { method: string; path: string; ok: Json }>();
  relaxedSchemas: string[] = [];

  constructor(spec: Json) {
    const components = relax(spec.components);
    for (const [name, schema] of Object.entries<Json>(spec.components.schemas)) {
      if (schema.additionalProperties === false && (schema.allOf || schema.oneOf || schema.anyOf)) this.relaxedSchemas.push(name);
    }
    const Ajv = (Ajv2020 as any).default ?? Ajv2020;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    ((addFormats as any).default ?? addFormats)(this.ajv);
    this.ajv.addSchema({ $id: "spec", components });
    for (const [path, ops] of Object.entries<Json>(spec.paths)) {
      for (const [method, op] of Object.entries<Json>(ops)) {
        if (!op?.operationId) continue;
        const ok = op.responses?.["200"]?.content?.["application/json"]?.schema;
        this.operations.set(op.operationId, { method: method.toUpperCase(), path, ok: ok ? relax(ok) : undefined });
      }
    }
  }

  private check(schema: Json, value: unknown): string[] {
    const resolved = schema.$ref ? { $ref: `spec${schema.$ref}` } : schema;
    const validate = this.ajv.compile(resolved);
    return validate(value) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }

  /** Returns schema errors of a 200 body of `operationId` (empty when valid). */
  successErrors(operationId: string, body: unknown): string[] {
    const op = this.operations.get(operationId);
    if (!op) return [`unknown operation ${operationId}`];
    return this.check(op.ok, body);
  }

  /** Returns schema errors of an error body against ErrorResponse. */
  errorErrors(body: unknown): string[] {
    return this.check({ $ref: "#/components/schemas/ErrorResponse" }, body);
  }
}
