import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';

/** A valid document, and the text it was parsed from (one string, whoever sent it). */
type Compiled = { document: DocumentNode; query: string } | { errors: readonly GraphQLError[] };

/** Parsed and validated documents by their text: phones send the same few operations thousands of times. */
export class DocumentCache {
  private readonly entries = new Map<string, Compiled>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[] = specifiedRules,
    private readonly parseOptions: ParseOptions = {},
    private readonly limit = 1_000,
  ) {}

  get(query: string): Compiled {
    let entry = this.entries.get(query);
    if (!entry) {
      entry = this.compile(query);
      if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(query, entry);
    }
    return entry;
  }

  /** Errors carry the same codes as Apollo gives them over HTTP. */
  private compile(query: string): Compiled {
    let document: DocumentNode;
    try {
      document = parse(query, this.parseOptions);
    } catch (error) {
      return { errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
    }
    const errors = validate(this.schema, document, this.rules);
    return errors.length > 0 ? { errors: errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) } : { document, query };
  }
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}
