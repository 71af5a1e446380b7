/** Every screen on phones held upright (360×740, 390×844): it fits the width and stays usable by touch. */
import { sharedBrowser } from './pageChecks.ts';
import { describeFit } from './phoneFit.ts';

describeFit(['phone360', 'phone390'], sharedBrowser(), 'phone390');
