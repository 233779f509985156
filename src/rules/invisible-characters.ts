// placeholder until the rule lands
import { defineRule } from '../core/types.js';
export default defineRule({ meta: { id: 'invisible-characters', category: 'fluency/punctuation', severity: 'minor', messages: [], fixable: false, hasSuggestions: false, description: '' }, check() {} });
