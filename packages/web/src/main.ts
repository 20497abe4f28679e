import { mountAppShell } from './appShell';
import { setElderMode } from './styles/elderMode';
import './styles/base.css';

// Staff pages, the public pages and the broadcast screen. The audience's vote pages are an app of
// their own (vote.ts, served as vote.html), so that a phone loads none of this.

// 长辈模式 before anything renders, so its larger type shows from the first paint.
setElderMode();
mountAppShell('#app');
