import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import { buildContext, type Context } from '../graphql/context.js';
import { DomainError } from '../graphql/errors.js';
import { findJoinable } from '../modules/vote/vote.service.js';
import type { AppServices } from '../services.js';
import { sharedForAMoment } from './vote-page-shared.js';

/**
 * The vote page's own first query (the live state, with the fields the page reads), which the web
 * build writes next to its manifest. Answering it here keeps one source for what the page expects.
 */
export const VOTE_PAGE_QUERY_FILE = path.join('.vite', 'vote-page-query.graphql');

/**
 * The web build's module that draws the live page for a live state (the web's voteServerRender.ts),
 * with what the phone would show before its scripts run: the question and its vote buttons.
 */
export const VOTE_PAGE_RENDER_FILE = path.join('.vite', 'vote-render', 'voteServerRender.mjs');

/** The live page drawn as HTML for the page's `#app`, or null for a session whose page is not drawn. */
type DrawVotePage = (joinCode: string, liveState: unknown) => Promise<string | null>;

/** What the QR link's page carries: the answer to the page's first query, for this join code, and the page drawn from it. */
export interface VotePageState {
  joinCode: string;
  data: Record<string, unknown>;
  markup: string | null;
}

/** The live state a phone opening `/vote/<joinCode>` would ask for at once, or null when there is none to give. */
export type VotePageStateReader = (joinCode: string, ip: string) => Promise<VotePageState | null>;

/**
 * A phone opening the QR link on a slow mobile network waits one round trip per request made one
 * after the other. The page's HTML therefore comes with the session's live state in it, answered
 * as the page's own query would be by anyone (the query is public), and with the live page drawn
 * from it, so the question and its vote buttons show with the page itself, before the scripts have
 * run; the phone's pass and its socket follow in the background. Sessions that are not open to
 * phones (unknown code, draft, ended) get the page alone, which explains the refusal.
 */
export function votePageStateReader(apollo: ApolloServer<Context>, services: AppServices, webDist: string): VotePageStateReader | null {
  const file = path.join(webDist, VOTE_PAGE_QUERY_FILE);
  if (!existsSync(file)) return null;
  const query = readFileSync(file, 'utf8');
  const draw = loadVotePageDrawing(webDist, services.logger);
  return sharedForAMoment(async (joinCode, ip) => {
    const contextValue = await buildContext(services, { token: undefined, ip });
    try {
      const session = await findJoinable(contextValue.em, joinCode);
      const response = await apollo.executeOperation({ query, variables: { sessionId: session.id } }, { contextValue });
      if (response.body.kind !== 'single' || response.body.singleResult.errors?.length || !response.body.singleResult.data) return null;
      const data = response.body.singleResult.data;
      return { joinCode, data, markup: await drawn(await draw, joinCode, data.liveState, services.logger) };
    } catch (error) {
      if (!(error instanceof DomainError))
        services.logger.warn({ err: error, joinCode }, 'the vote page was served without its live state');
      return null;
    }
  });
}

/** The web build's drawing of the live page, if the build has one (it is loaded once, at start). */
function loadVotePageDrawing(webDist: string, logger: AppServices['logger']): Promise<DrawVotePage | null> {
  const file = path.join(webDist, VOTE_PAGE_RENDER_FILE);
  if (!existsSync(file)) return Promise.resolve(null);
  return import(pathToFileURL(file).href).then(
    (module: { renderVoteLivePage: DrawVotePage }) => module.renderVoteLivePage,
    (error: unknown) => {
      logger.warn({ err: error, file }, 'the vote page will not be drawn on the server: its module did not load');
      return null;
    },
  );
}

/** The live page drawn for the state; a page that fails to draw is served undrawn (the scripts draw it). */
async function drawn(
  draw: DrawVotePage | null,
  joinCode: string,
  liveState: unknown,
  logger: AppServices['logger'],
): Promise<string | null> {
  if (!draw || !liveState) return null;
  try {
    return await draw(joinCode, liveState);
  } catch (error) {
    logger.warn({ err: error, joinCode }, 'the vote page was served undrawn');
    return null;
  }
}

/**
 * The page with the state in a JSON data block, which browsers do not run (the CSP's `script-src`
 * does not apply). `<`, `>` and `&` are escaped so that no text of the session (a title with
 * `</script>`) can end the block.
 */
export function withVotePageState(html: string, { markup, ...state }: VotePageState): string {
  const json = JSON.stringify(state).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const page = html.replace('</head>', () => `<script type="application/json" id="vote-page-state">${json}</script></head>`);
  return markup ? page.replace('<div id="app"></div>', () => `<div id="app">${markup}</div>`) : page;
}
