/**
 * The content script's entry: one self-contained classic script in every http(s) frame, at document_idle.
 * It reads the page, never writes to it: highlights live in `CSS.highlights`, our UI in a closed shadow root.
 */
import { startContentScript } from './controller';

void startContentScript();
