// A stand-in for the urql client in the roll and roster tests: it records what is sent, answers
// with a canned reply when one is set for the operation, and otherwise with `answer`.

export interface CannedServer {
  requests: { operation: string; variables: Record<string, unknown> }[];
  /** Operation name → the answer it gets next (default: `answer`'s). */
  answers: Map<string, { data?: unknown; error?: unknown }>;
}

type Document = { definitions: { name?: { value: string } }[] };

export function cannedClient(server: CannedServer, answer: (operation: string, variables: Record<string, unknown>) => { data: unknown }) {
  const respond = (document: Document, variables: Record<string, unknown>) => ({
    toPromise: async () => {
      const operation = document.definitions.find((d) => d.name)?.name?.value ?? '';
      server.requests.push({ operation, variables });
      const canned = server.answers.get(operation);
      if (canned) {
        server.answers.delete(operation);
        return canned;
      }
      return answer(operation, variables);
    },
  });
  return { client: { query: respond, mutation: respond } };
}
