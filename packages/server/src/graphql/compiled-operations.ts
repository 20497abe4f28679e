import { execute, getOperationAST, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes the operations a vote storm sends thousands of times a second (those whose every root field
 * is one of `hotFields`: castVote) through graphql-jit, which compiles a document once into a function
 * with its variables' coercion and its fields' execution written out, instead of walking the document
 * for every vote. The resolvers, access checks and argument guards are the schema's own, so answers and
 * errors are those of `execute`; variables of the wrong shape (refused before any resolver runs) are
 * answered by `execute` itself, whose messages name the field at fault. Every other operation is
 * executed as usual.
 */
export class CompiledOperations {
  /** Per parsed document (the document cache hands every phone the same one); null: not compiled. */
  private readonly compiled = new WeakMap<DocumentNode, { operationName: string | undefined; query: CompiledQuery } | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly hotFields: ReadonlySet<string>,
  ) {}

  execute(args: ExecutionArgs): Promise<ExecutionResult> | ExecutionResult {
    const compiled = this.compiledFor(args.document, args.operationName ?? undefined);
    if (!compiled) return execute(args);
    const result = compiled.query(args.rootValue, args.contextValue, args.variableValues);
    return result instanceof Promise ? result.then((r) => executedOrRefused(r, args)) : executedOrRefused(result, args);
  }

  private compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined {
    let entry = this.compiled.get(document);
    if (entry === undefined) {
      entry = this.compile(document, operationName);
      this.compiled.set(document, entry);
    }
    return entry && entry.operationName === operationName ? entry.query : undefined;
  }

  private compile(document: DocumentNode, operationName: string | undefined) {
    const operation = getOperationAST(document, operationName);
    const hot =
      operation &&
      operation.operation !== 'subscription' &&
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && this.hotFields.has(s.name.value));
    if (!hot) return null;
    // Errors without a cause of their own (a null where none may be) need no stack: nobody reads it.
    const query = compileQuery(this.schema, document, operationName, { disablingCapturingStackErrors: true });
    return isCompiledQuery(query) ? { operationName, query } : null;
  }
}

/** A result without `data` is a refusal before execution (its variables): graphql-js words it. */
const executedOrRefused = (result: ExecutionResult, args: ExecutionArgs) => ('data' in result ? result : execute(args));
