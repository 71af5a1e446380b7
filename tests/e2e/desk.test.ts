/** Every screen on a laptop (1280×800) and a desk monitor (1920×1080): the same fit checks as phones and tablets, chart labels included. */
import { sharedBrowser } from './pageChecks.ts';
import { describeFit } from './phoneFit.ts';

describeFit(['laptop', 'desk'], sharedBrowser());
