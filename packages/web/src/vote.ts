import { setElderMode } from './styles/elderMode';
import { startEarly } from './surfaces/vote/earlyJoin';
import './styles/base.css';

// The vote pages, for the audience's phones (often on mobile data, inside WeChat), as an app of
// their own (vote.html; the main app is main.ts). This entry stays tiny and free of Vue, so that a
// phone opening the QR link starts joining the session while the rest of the page is still downloading.

// 长辈模式 before anything renders, so its larger type shows from the first paint.
setElderMode();
startEarly(window.location.pathname);
void import('./surfaces/vote/voteMain').then(({ mountVoteApp }) => mountVoteApp('#app'));
