import { setElderMode } from './styles/elderMode';
import { startEarly } from './surfaces/vote/earlyJoin';
import { isVotePath } from './surfaces/vote/votePaths';
import './styles/base.css';

// 长辈模式 before anything renders, so its larger type shows from the first paint.
setElderMode();

// Audience phones, often on mobile data inside WeChat, get the vote pages as a small app of their
// own; everything else (staff pages, the broadcast screen) loads the main app with vue-router.
// This entry stays tiny and free of Vue, so that a phone opening the QR link starts joining the
// session while the rest of the page is still downloading.
if (isVotePath(window.location.pathname)) {
  startEarly(window.location.pathname);
  void import('./surfaces/vote/voteMain').then(({ mountVoteApp }) => mountVoteApp('#app'));
} else {
  void import('./appShell').then(({ mountAppShell }) => mountAppShell('#app'));
}
