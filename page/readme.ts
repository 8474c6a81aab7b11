// A package's README, rendered: Markdown by marked, then every node through DOMPurify, which keeps
// no script, no event-handler attribute and no javascript: (or other non-http) URL. The result is
// inserted as sanitized nodes, never as an HTML string.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });

let hooked = false;

export function renderReadme(markdown: string): DocumentFragment {
  if (!hooked) {
    // Links leave the page in a new tab, tell the target nothing, and vouch for nothing.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      // An image without alt text is decoration to a screen reader, not a file name read aloud.
      if (node.tagName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        node.setAttribute('target', '_blank');
      }
    });
    hooked = true;
  }
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'id', 'name', 'class'],
    // http(s) and mailto links, and relative ones; nothing else (javascript:, data:, vbscript:…).
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.:-]|$))/i,
  });
}
