import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { loadDirectoryEvent } from './directory.service.js';
import { DirectoryEvent, type DirectoryEventPayload } from './directory.type.js';

@Resolver()
export class DirectoryResolver {
  // The administrator's departments page and the security administrator's accounts page both follow it.
  @Allow('ADMIN', 'SECURITY_ADMIN')
  @Subscription(() => DirectoryEvent, { topics: 'DIRECTORY', description: 'Departments and accounts as they are added.' })
  directoryChanged(@Root() payload: DirectoryEventPayload, @Ctx() ctx: Context): Promise<DirectoryEvent> {
    return loadDirectoryEvent(ctx, payload);
  }
}
